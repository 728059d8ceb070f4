# Walks a tree of segments, but at each level commits to the most specific child that matches the
# segment and never goes back. When that branch dead-ends further down ("/a/b/c" registered, "/a/b/d"
# requested, "/a/<x>/d" the only real match), it reports 404 instead of trying the parameter branch.
import re

PLACEHOLDER = re.compile(r"<(?:(?P<converter>[a-z]+):)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)>")


class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(allowed)
        self.allowed = allowed


class Node:
    def __init__(self):
        self.static = {}
        self.int = self.str = self.path = None
        self.routes = {}


class Router:
    def __init__(self):
        self.root = Node()

    def add(self, method, pattern, handler):
        if not pattern.startswith("/"):
            raise ValueError(pattern)
        segments = pattern[1:].split("/")
        node, params = self.root, []
        for i, segment in enumerate(segments):
            if "<" not in segment and ">" not in segment:
                node = node.static.setdefault(segment, Node())
                continue
            match = PLACEHOLDER.fullmatch(segment)
            if match is None:
                raise ValueError(segment)
            converter, name = match["converter"] or "str", match["name"]
            if converter not in ("int", "str", "path") or any(name == p[1] for p in params):
                raise ValueError(segment)
            if converter == "path" and i != len(segments) - 1:
                raise ValueError(segment)
            if getattr(node, converter) is None:
                setattr(node, converter, Node())
            node = getattr(node, converter)
            params.append((i, name, converter))
        method = method.upper()
        if method in node.routes:
            raise ValueError("duplicate route")
        node.routes[method] = (handler, params)

    def resolve(self, method, path):
        if not path.startswith("/"):
            raise NotFound(path)
        segments = path[1:].split("/")
        method = method.upper()
        node = self.root
        for i, segment in enumerate(segments):
            if segment in node.static:
                node = node.static[segment]
            elif node.int is not None and segment.isascii() and segment.isdigit():
                node = node.int
            elif node.str is not None and segment:
                node = node.str
            elif node.path is not None and "/".join(segments[i:]):
                node = node.path
                break
            else:
                raise NotFound(path)
        if not node.routes:
            raise NotFound(path)
        if method not in node.routes:
            raise MethodNotAllowed(sorted(node.routes))
        handler, params = node.routes[method]
        values = {}
        for i, name, converter in params:
            if converter == "int":
                values[name] = int(segments[i])
            elif converter == "str":
                values[name] = segments[i]
            else:
                values[name] = "/".join(segments[i:])
        return handler, values
