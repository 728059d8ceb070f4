# Fixes the subscriptions with WeakMethod, but keeps the delivery statistics in a plain dict keyed
# by the subscriber object. The dict's keys are strong references: every object that ever received
# an event stays alive. Half a fix: the leak moved from one container to another.
import types
import weakref
from collections.abc import Callable
from typing import Any


class EventBus:
    """Delivers published events to subscribed callbacks.

    A subscription must not keep its subscriber alive: a bound method is held only as long as its
    object exists elsewhere. Other callables (functions, lambdas) are held until unsubscribed.
    """

    def __init__(self) -> None:
        # Each entry is a zero-argument function returning the callback, or None once it is dead:
        # a WeakMethod for bound methods, a plain closure for everything else.
        self._entries: list[Callable[[], Callable[[Any], Any] | None]] = []
        # Keyed weakly: the statistics vanish with their object instead of keeping it alive.
        self._delivered: dict[Any, int] = {}

    def subscribe(self, callback: Callable[[Any], Any]) -> None:
        """Subscribe callback to every later event."""
        if isinstance(callback, types.MethodType):
            # weakref.ref(obj.method) would die at once: each obj.method access makes a new
            # bound-method object. WeakMethod refers weakly to the object and to the function.
            self._entries.append(weakref.WeakMethod(callback))
        else:
            self._entries.append(lambda: callback)

    def _live(self) -> list[Callable[[Any], Any]]:
        """The live callbacks, in order; dead entries are dropped on the way."""
        live = []
        kept = []
        for entry in self._entries:
            callback = entry()
            if callback is not None:
                live.append(callback)
                kept.append(entry)
        self._entries = kept
        return live

    def unsubscribe(self, callback: Callable[[Any], Any]) -> bool:
        """Remove the subscription of callback; return False if there was none."""
        for i, entry in enumerate(self._entries):
            # == and not `is`: obj.method builds a new bound method each time, but equal ones
            # share __self__ and __func__.
            if entry() == callback:
                del self._entries[i]
                return True
        return False

    def publish(self, event: Any) -> int:
        """Call every live subscriber with event, in subscription order; return how many were called."""
        called = 0
        for callback in self._live():
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
        return len(self._live())
