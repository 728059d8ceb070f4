from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(iterable: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    """Lazily yield tuples of n consecutive items of iterable; the last may be shorter.

    Raise ValueError as soon as this is called if n is less than 1.
    """
    pass
