import re
from typing import Any

PLACEHOLDER = re.compile(r"<(?:(?P<converter>[a-z]+):)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)>")
CONVERTERS = ("int", "str", "path")  # from the most to the least specific


class NotFound(Exception):
    """No route matches the path (HTTP 404)."""


class MethodNotAllowed(Exception):
    """Routes match the path, but none for this method (HTTP 405)."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__("allowed methods: " + ", ".join(allowed))
        self.allowed = allowed


class _Node:
    __slots__ = ("static", "int", "str", "path", "routes")

    def __init__(self) -> None:
        self.static: dict[str, _Node] = {}  # literal segment -> child
        self.int: _Node | None = None
        self.str: _Node | None = None
        self.path: _Node | None = None
        # method -> (handler, params), params being (segment index, name, converter) triples
        self.routes: dict[str, tuple[Any, list[tuple[int, str, str]]]] = {}


class Router:
    """Maps (method, path) to a handler; the most specific matching pattern wins."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, method: str, pattern: str, handler: Any) -> None:
        """Register handler for method and pattern; raise ValueError for an invalid or duplicate route."""
        if not pattern.startswith("/"):
            raise ValueError("a pattern must start with '/': %r" % pattern)
        segments = pattern[1:].split("/")
        node = self._root
        params: list[tuple[int, str, str]] = []
        for i, segment in enumerate(segments):
            if "<" not in segment and ">" not in segment:
                node = node.static.setdefault(segment, _Node())
                continue
            match = PLACEHOLDER.fullmatch(segment)
            if match is None:
                raise ValueError("a placeholder must be a whole segment: %r" % segment)
            converter = match["converter"] or "str"
            name = match["name"]
            if converter not in CONVERTERS:
                raise ValueError("unknown converter %r" % converter)
            if any(name == other for _, other, _ in params):
                raise ValueError("parameter %r appears twice in %r" % (name, pattern))
            if converter == "path" and i != len(segments) - 1:
                raise ValueError("<path:...> must be the last segment of %r" % pattern)
            child = getattr(node, converter)
            if child is None:
                child = _Node()
                setattr(node, converter, child)
            node = child
            params.append((i, name, converter))
        method = method.upper()
        if method in node.routes:
            raise ValueError("%s %s is already routed" % (method, pattern))
        node.routes[method] = (handler, params)

    def resolve(self, method: str, path: str) -> tuple[Any, dict[str, Any]]:
        """Return (handler, params) for the most specific route matching method and path.

        Raise NotFound if no route matches the path, MethodNotAllowed if routes match it but none
        accepts method.
        """
        if not path.startswith("/"):
            raise NotFound(path)
        segments = path[1:].split("/")
        method = method.upper()
        allowed: set[str] = set()
        route = self._find(self._root, segments, 0, method, allowed)
        if route is None:
            if allowed:
                raise MethodNotAllowed(sorted(allowed))
            raise NotFound(path)
        handler, params = route
        values: dict[str, Any] = {}
        for i, name, converter in params:
            if converter == "int":
                values[name] = int(segments[i])
            elif converter == "str":
                values[name] = segments[i]
            else:
                values[name] = "/".join(segments[i:])
        return handler, values

    def _find(self, node: _Node, segments: list[str], i: int, method: str,
              allowed: set[str]) -> tuple[Any, list[tuple[int, str, str]]] | None:
        """Depth-first search from node for segments[i:], children tried from the most specific.

        The first route found that accepts method is therefore the most specific one. Routes that
        match the path but not the method add their methods to allowed.
        """
        if i == len(segments):
            route = node.routes.get(method)
            if route is None:
                allowed.update(node.routes)
            return route
        segment = segments[i]
        child = node.static.get(segment)
        if child is not None:
            route = self._find(child, segments, i + 1, method, allowed)
            if route is not None:
                return route
        child = node.int
        if child is not None and segment.isdigit() and segment.isascii():
            route = self._find(child, segments, i + 1, method, allowed)
            if route is not None:
                return route
        child = node.str
        if child is not None and segment:
            route = self._find(child, segments, i + 1, method, allowed)
            if route is not None:
                return route
        child = node.path
        if child is not None and (segment or i + 1 < len(segments)):  # the rest is not empty
            route = child.routes.get(method)
            if route is None:
                allowed.update(child.routes)
            return route
        return None
