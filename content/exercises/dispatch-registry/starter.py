from collections.abc import Callable
from typing import Any


def dispatch(func: Callable[..., Any]) -> Any:
    """Turn func into a generic function that dispatches on the type of its first argument.

    The result is callable and has register(cls, func=None), register(func) (class read from the
    first parameter's annotation, unions allowed), dispatch(cls) and a read-only registry.
    func is the implementation for object; a call uses the first class in type(arg).__mro__
    that has an implementation.
    """
    pass
