# Tries the routes in the order they were registered and returns the first match. Registration
# order is not specificity: once "/users/<name>" is registered, a later "/users/me" or
# "/users/<int:id>" is never reached for the paths both match.
import re


class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(allowed)
        self.allowed = allowed


REGEX = {"int": r"([0-9]+)", "str": r"([^/]+)", "path": r"(.+)"}


class Router:
    def __init__(self):
        self.by_shape = {}  # shape -> (regex, names, converters, {method: handler}), in order

    def add(self, method, pattern, handler):
        if not pattern.startswith("/"):
            raise ValueError(pattern)
        segments = pattern[1:].split("/")
        parts, shape, names, converters = [], [], [], []
        for i, segment in enumerate(segments):
            if "<" not in segment and ">" not in segment:
                parts.append(re.escape(segment))
                shape.append(segment)
                continue
            match = re.fullmatch(r"<(?:([a-z]+):)?([A-Za-z_]\w*)>", segment, re.ASCII)
            if not match:
                raise ValueError(segment)
            converter, name = match.group(1) or "str", match.group(2)
            if converter not in REGEX or name in names or (converter == "path" and i != len(segments) - 1):
                raise ValueError(segment)
            parts.append(REGEX[converter])
            shape.append("<%s>" % converter)
            names.append(name)
            converters.append(converter)
        shape = tuple(shape)
        if shape not in self.by_shape:
            self.by_shape[shape] = (re.compile("/" + "/".join(parts)), names, converters, {})
        methods = self.by_shape[shape][3]
        method = method.upper()
        if method in methods:
            raise ValueError("duplicate route")
        methods[method] = handler

    def resolve(self, method, path):
        method = method.upper()
        allowed = set()
        for regex, names, converters, methods in self.by_shape.values():
            match = regex.fullmatch(path)
            if match is None:
                continue
            if method not in methods:
                allowed.update(methods)
                continue
            values = [int(v) if c == "int" else v for v, c in zip(match.groups(), converters)]
            return methods[method], dict(zip(names, values))
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
