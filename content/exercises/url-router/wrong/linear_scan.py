# Compiles every pattern to a regular expression and keeps the routes sorted from the most to the
# least specific; resolve() tries them in order. The answers are right, but each request is checked
# against every route, O(routes) per request: with thousands of routes and tens of thousands of
# requests, that is hundreds of millions of regex matches.
import bisect
import re


class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(allowed)
        self.allowed = allowed


RANK = {"literal": 0, "int": 1, "str": 2, "path": 3}
REGEX = {"int": r"([0-9]+)", "str": r"([^/]+)", "path": r"(.+)"}


class Router:
    def __init__(self):
        self.routes = []  # (ranks, order, method, regex, names, converters, handler), most specific first
        self.seen = set()

    def add(self, method, pattern, handler):
        if not pattern.startswith("/"):
            raise ValueError(pattern)
        segments = pattern[1:].split("/")
        parts, ranks, shape, names, converters = [], [], [], [], []
        for i, segment in enumerate(segments):
            if "<" not in segment and ">" not in segment:
                parts.append(re.escape(segment))
                ranks.append(0)
                shape.append(segment)
                continue
            match = re.fullmatch(r"<(?:([a-z]+):)?([A-Za-z_]\w*)>", segment, re.ASCII)
            if not match:
                raise ValueError(segment)
            converter, name = match.group(1) or "str", match.group(2)
            if converter not in REGEX or name in names or (converter == "path" and i != len(segments) - 1):
                raise ValueError(segment)
            parts.append(REGEX[converter])
            ranks.append(RANK[converter])
            shape.append("<%s>" % converter)
            names.append(name)
            converters.append(converter)
        method = method.upper()
        if (tuple(shape), method) in self.seen:
            raise ValueError("duplicate route")
        self.seen.add((tuple(shape), method))
        regex = re.compile("/" + "/".join(parts))
        bisect.insort(self.routes, (ranks, len(self.routes), method, regex, names, converters, handler))

    def resolve(self, method, path):
        method = method.upper()
        allowed = set()
        for ranks, order, route_method, regex, names, converters, handler in self.routes:
            match = regex.fullmatch(path)
            if match is None:
                continue
            if route_method != method:
                allowed.add(route_method)
                continue
            values = [int(v) if c == "int" else v for v, c in zip(match.groups(), converters)]
            return handler, dict(zip(names, values))
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
