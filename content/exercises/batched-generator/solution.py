from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def batched(iterable: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    """Lazily yield tuples of n consecutive items of iterable; the last may be shorter.

    Raise ValueError as soon as this is called if n is less than 1.
    """
    # Not a generator function itself, so this check runs when batched() is called.
    if n < 1:
        raise ValueError("n must be at least 1, got %r" % (n,))
    return _batches(iter(iterable), n)


def _batches(iterator: Iterator[T], n: int) -> Iterator[tuple[T, ...]]:
    while batch := tuple(islice(iterator, n)):
        yield batch
