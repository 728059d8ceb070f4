from typing import Any


class NotFound(Exception):
    """No route matches the path (HTTP 404)."""


class MethodNotAllowed(Exception):
    """Routes match the path, but none for this method (HTTP 405)."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__("allowed methods: " + ", ".join(allowed))
        self.allowed = allowed


class Router:
    """Maps (method, path) to a handler; the most specific matching pattern wins."""

    def __init__(self) -> None:
        pass

    def add(self, method: str, pattern: str, handler: Any) -> None:
        """Register handler for method and pattern; raise ValueError for an invalid or duplicate route."""
        pass

    def resolve(self, method: str, path: str) -> tuple[Any, dict[str, Any]]:
        """Return (handler, params) for the most specific route matching method and path.

        Raise NotFound if no route matches the path, MethodNotAllowed if routes match it but none
        accepts method.
        """
        pass
