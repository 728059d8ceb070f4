# Dispatches correctly along the MRO, but treats an annotation as a single class: a union such as
# `list | tuple` or Optional[int] is registered as one key that no argument's MRO ever contains
# (and no error is raised), so those implementations are never called.
import functools
import inspect
import types
import typing


def dispatch(func):
    registry = {object: func}

    def add(cls, impl):
        registry[cls] = impl
        return impl

    def register(cls, impl=None):
        if impl is not None:
            return add(cls, impl)
        if not inspect.isfunction(cls):
            return lambda f: add(cls, f)
        first = list(inspect.signature(cls).parameters)[0]
        hints = typing.get_type_hints(cls)
        if first not in hints:
            raise TypeError("no annotation")
        return add(hints[first], cls)

    def find(cls):
        return next(registry[k] for k in cls.__mro__ if k in registry)

    @functools.wraps(func)
    def generic(*args, **kwargs):
        if not args:
            raise TypeError("needs a positional argument")
        return find(type(args[0]))(*args, **kwargs)

    generic.register = register
    generic.dispatch = find
    generic.registry = types.MappingProxyType(registry)
    return generic
