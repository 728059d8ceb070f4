import types
from collections.abc import Callable
from typing import Any


class EventBus:
    """Delivers published events to subscribed callbacks.

    A subscription must not keep its subscriber alive: a bound method is held only as long as its
    object exists elsewhere. Other callables (functions, lambdas) are held until unsubscribed.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callable[[Any], Any]] = []
        self._delivered: dict[Any, int] = {}  # subscriber object -> events delivered to it

    def subscribe(self, callback: Callable[[Any], Any]) -> None:
        """Subscribe callback to every later event."""
        self._callbacks.append(callback)

    def unsubscribe(self, callback: Callable[[Any], Any]) -> bool:
        """Remove the subscription of callback; return False if there was none."""
        for i, existing in enumerate(self._callbacks):
            if existing is callback:
                del self._callbacks[i]
                return True
        return False

    def publish(self, event: Any) -> int:
        """Call every live subscriber with event, in subscription order; return how many were called."""
        called = 0
        for callback in list(self._callbacks):
            callback(event)
            called += 1
            if isinstance(callback, types.MethodType):
                owner = callback.__self__
                self._delivered[owner] = self._delivered.get(owner, 0) + 1
        return called

    def delivered(self, owner: Any) -> int:
        """How many events have been delivered to bound methods of owner."""
        return self._delivered.get(owner, 0)

    def __len__(self) -> int:
        """The number of live subscriptions."""
        return len(self._callbacks)
