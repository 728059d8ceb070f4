from collections.abc import Iterable, Iterator
from typing import Any


def flatten(nested: Iterable[Any]) -> Iterator[Any]:
    """Lazily yield the leaves of nested, at any depth, left to right.

    Every iterable is a container except str, bytes and bytearray, which are leaves.
    """
    pass
