# Caches the implementation found for each class, which makes repeated calls fast, but never
# empties the cache when a new implementation is registered: a class that was dispatched once
# keeps its old implementation forever.
import functools
import inspect
import types
import typing


def dispatch(func):
    registry = {object: func}
    cache = {}

    def add(hint, impl):
        members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
        for member in members:
            member = type(None) if member is None else member
            if not isinstance(member, type):
                raise TypeError("not a class")
            registry[member] = impl
        return impl

    def register(cls, impl=None):
        if impl is not None:
            return add(cls, impl)
        if isinstance(cls, type) or isinstance(cls, types.UnionType):
            return lambda f: add(cls, f)
        first = list(inspect.signature(cls).parameters)[0]
        hints = typing.get_type_hints(cls)
        if first not in hints:
            raise TypeError("no annotation")
        return add(hints[first], cls)

    def find(cls):
        if cls not in cache:
            cache[cls] = next(registry[k] for k in cls.__mro__ if k in registry)
        return cache[cls]

    @functools.wraps(func)
    def generic(*args, **kwargs):
        if not args:
            raise TypeError("needs a positional argument")
        return find(type(args[0]))(*args, **kwargs)

    generic.register = register
    generic.dispatch = find
    generic.registry = types.MappingProxyType(registry)
    return generic
