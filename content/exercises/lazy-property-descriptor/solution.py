from collections.abc import Callable
from typing import Any


class lazy_property:
    """A non-data descriptor that computes an attribute once per instance and caches it.

    The first read calls the decorated function and stores the result in the instance's __dict__
    under the attribute's own name; from then on the instance attribute shadows the descriptor,
    so later reads never reach it.
    """

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name: str | None = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        if self.name is None:
            self.name = name
        elif name != self.name:
            raise TypeError(
                "cannot assign the same lazy_property to two different names (%r and %r)" % (self.name, name)
            )

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self  # accessed on the class
        if self.name is None:
            raise TypeError("cannot use a lazy_property whose __set_name__ was never called")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                "%s instances have no __dict__ to cache %r in" % (type(instance).__name__, self.name)
            ) from None
        value = self.func(instance)  # an exception propagates and nothing is cached
        storage[self.name] = value
        return value
