# Tries the registered classes one by one, the most recently registered first, and takes the
# first one the argument's class is a subclass of. That is not the most specific class: with
# class C(A, B), registering A and then B makes C use B's implementation, although the MRO puts A
# first; and registering a base class after a subclass hides the subclass's implementation.
import functools
import inspect
import types
import typing


class GenericFunction:
    def __init__(self, default):
        functools.update_wrapper(self, default)
        self._impls = {}
        self._impls[object] = default
        self.registry = types.MappingProxyType(self._impls)

    def register(self, cls, func=None):
        if func is not None:
            return self._add(cls, func)
        if isinstance(cls, type) or isinstance(cls, types.UnionType):
            return lambda f: self._add(cls, f)
        first = list(inspect.signature(cls).parameters)[0]
        hints = typing.get_type_hints(cls)
        if first not in hints:
            raise TypeError("no annotation")
        return self._add(hints[first], cls)

    def _add(self, hint, func):
        members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
        for member in members:
            member = type(None) if member is None else member
            if not isinstance(member, type):
                raise TypeError("not a class")
            self._impls[member] = func
        return func

    def dispatch(self, cls):
        for klass, func in reversed(self._impls.items()):
            if issubclass(cls, klass):
                return func
        return self._impls[object]

    def __call__(self, *args, **kwargs):
        if not args:
            raise TypeError("needs a positional argument")
        return self.dispatch(type(args[0]))(*args, **kwargs)


def dispatch(func):
    return GenericFunction(func)
