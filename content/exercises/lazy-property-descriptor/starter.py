from collections.abc import Callable
from typing import Any


class lazy_property:
    """A non-data descriptor that computes an attribute once per instance and caches it.

    The first read calls the decorated function and stores the result in the instance's __dict__
    under the attribute's own name; from then on the instance attribute shadows the descriptor,
    so later reads never reach it.
    """

    def __init__(self, func: Callable[[Any], Any]) -> None:
        pass

    def __set_name__(self, owner: type, name: str) -> None:
        pass

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        pass
