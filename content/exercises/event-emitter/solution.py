from collections.abc import Callable, Hashable
from typing import Any


class _Registration:
    __slots__ = ("handler", "once", "active")

    def __init__(self, handler: Callable[..., Any], once: bool) -> None:
        self.handler = handler
        self.once = once
        self.active = True


class EventEmitter:
    """Calls the handlers registered for an event, in registration order, when it is emitted."""

    def __init__(self) -> None:
        self._registrations: dict[Hashable, list[_Registration]] = {}

    def _add(self, event: Hashable, handler: Callable[..., Any], once: bool) -> Callable[..., Any]:
        if not callable(handler):
            raise TypeError("handler must be callable, got %r" % (handler,))
        self._registrations.setdefault(event, []).append(_Registration(handler, once))
        return handler

    def on(self, event: Hashable, handler: Callable[..., Any] | None = None) -> Any:
        """Register handler for event and return it; without handler, return a decorator."""
        if handler is None:
            return lambda func: self._add(event, func, once=False)
        return self._add(event, handler, once=False)

    def once(self, event: Hashable, handler: Callable[..., Any]) -> Callable[..., Any]:
        """Register handler for event; it is removed right before its first call."""
        return self._add(event, handler, once=True)

    def _remove(self, event: Hashable, registration: _Registration) -> None:
        registration.active = False
        registrations = self._registrations[event]
        registrations.remove(registration)  # list.remove compares with ==: the object itself
        if not registrations:
            del self._registrations[event]

    def off(self, event: Hashable, handler: Callable[..., Any]) -> bool:
        """Remove the earliest registration of handler for event; return whether there was one."""
        for registration in self._registrations.get(event, ()):
            if registration.handler == handler:  # ==, so bound methods match
                self._remove(event, registration)
                return True
        return False

    def emit(self, event: Hashable, *args: Any, **kwargs: Any) -> int:
        """Call the handlers of event in order with the arguments; return how many were called.

        Registrations added during the emit are not called by it; registrations removed during
        the emit before their turn are not called either.
        """
        called = 0
        for registration in list(self._registrations.get(event, ())):  # a snapshot
            if not registration.active:  # removed by an earlier handler of this emit
                continue
            if registration.once:
                self._remove(event, registration)  # before the call: no re-entrant second run
            called += 1
            registration.handler(*args, **kwargs)
        return called

    def listeners(self, event: Hashable) -> list[Callable[..., Any]]:
        """Return a new list of the handlers registered for event, in order."""
        return [registration.handler for registration in self._registrations.get(event, ())]
