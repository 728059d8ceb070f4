from collections.abc import Callable, Hashable
from typing import Any


class EventEmitter:
    """Calls the handlers registered for an event, in registration order, when it is emitted."""

    def on(self, event: Hashable, handler: Callable[..., Any] | None = None) -> Any:
        """Register handler for event and return it; without handler, return a decorator."""
        pass

    def once(self, event: Hashable, handler: Callable[..., Any]) -> Callable[..., Any]:
        """Register handler for event; it is removed right before its first call."""
        pass

    def off(self, event: Hashable, handler: Callable[..., Any]) -> bool:
        """Remove the earliest registration of handler for event; return whether there was one."""
        pass

    def emit(self, event: Hashable, *args: Any, **kwargs: Any) -> int:
        """Call the handlers of event in order with the arguments; return how many were called.

        Registrations added during the emit are not called by it; registrations removed during
        the emit before their turn are not called either.
        """
        pass

    def listeners(self, event: Hashable) -> list[Callable[..., Any]]:
        """Return a new list of the handlers registered for event, in order."""
        pass
