from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def dedupe(iterable: Iterable[T], key: Callable[[T], Any] | None = None) -> Iterator[T]:
    """Yield the items of iterable in order, skipping any whose key was seen before.

    Lazy: reads the input only as far as the caller consumes the output. Remembers the keys, never
    the items. Unhashable keys are compared with == against the other unhashable keys.
    """
    pass
