from collections.abc import Callable, Iterable, Iterator
from typing import Any


def merge_sorted(
    iterables: Iterable[Iterable[Any]], key: Callable[[Any], Any] | None = None
) -> Iterator[Any]:
    """Yield the items of the sorted iterables in sorted order of key, lazily and stably.

    Reads at most one item ahead from each iterable; ties keep the order of the iterables.
    """
    pass


def merged_list(iterables: Iterable[Iterable[Any]], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """Return the whole merge as a list (used to time the merge). Keep this as it is."""
    return list(merge_sorted(iterables, key))
