import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any


def _classes_of(hint: Any) -> list[type]:
    """The classes an annotation names: one class, or the members of a union."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
    else:
        members = (hint,)
    classes = []
    for member in members:
        if member is None:
            member = type(None)
        if not isinstance(member, type):
            raise TypeError("%r is not a class, so it cannot be dispatched on" % (member,))
        classes.append(member)
    return classes


class GenericFunction:
    """A function with one implementation per class, chosen by its first argument's type."""

    def __init__(self, default: Callable[..., Any]) -> None:
        functools.update_wrapper(self, default)
        self._registry: dict[type, Callable[..., Any]] = {object: default}
        self._cache: dict[type, Callable[..., Any]] = {}  # class -> implementation found
        self.registry: Mapping[type, Callable[..., Any]] = types.MappingProxyType(self._registry)

    def register(self, cls: Any, func: Callable[..., Any] | None = None) -> Any:
        if func is not None:
            return self._add(_classes_of(cls), func)
        if isinstance(cls, type) or typing.get_origin(cls) in (typing.Union, types.UnionType):
            return lambda f: self._add(_classes_of(cls), f)
        if not callable(cls):
            raise TypeError("register() expects a class or a function, got %r" % (cls,))
        function = cls
        parameters = list(inspect.signature(function).parameters)
        hints = typing.get_type_hints(function)
        if not parameters or parameters[0] not in hints:
            raise TypeError("the first parameter of %r has no annotation to dispatch on" % (function,))
        return self._add(_classes_of(hints[parameters[0]]), function)

    def _add(self, classes: list[type], func: Callable[..., Any]) -> Callable[..., Any]:
        for cls in classes:
            self._registry[cls] = func
        self._cache.clear()  # a new registration can change the answer for any class
        return func

    def dispatch(self, cls: type) -> Callable[..., Any]:
        try:
            return self._cache[cls]
        except KeyError:
            pass
        for klass in cls.__mro__:
            if klass in self._registry:
                self._cache[cls] = found = self._registry[klass]
                return found
        raise AssertionError("unreachable: every MRO ends with object")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not args:
            raise TypeError("%s requires at least one positional argument" % (self.__name__,))
        return self.dispatch(type(args[0]))(*args, **kwargs)


def dispatch(func: Callable[..., Any]) -> GenericFunction:
    """Turn func into a generic function that dispatches on the type of its first argument.

    The result is callable and has register(cls, func=None), register(func) (class read from the
    first parameter's annotation, unions allowed), dispatch(cls) and a read-only registry.
    func is the implementation for object; a call uses the first class in type(arg).__mro__
    that has an implementation.
    """
    return GenericFunction(func)
