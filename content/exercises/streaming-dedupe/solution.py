from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def dedupe(iterable: Iterable[T], key: Callable[[T], Any] | None = None) -> Iterator[T]:
    """Yield the items of iterable in order, skipping any whose key was seen before.

    Lazy: reads the input only as far as the caller consumes the output. Remembers the keys, never
    the items. Unhashable keys are compared with == against the other unhashable keys.
    """
    seen: set[Hashable] = set()  # O(1) membership for hashable keys
    seen_unhashable: list[Any] = []  # the rare keys a set cannot hold (lists, dicts, sets)
    for item in iterable:
        k = item if key is None else key(item)
        try:
            if k in seen:
                continue
            seen.add(k)
        except TypeError:  # unhashable
            if k in seen_unhashable:  # pyprep: ignore[list-membership-in-loop] (unhashable keys only)
                continue
            seen_unhashable.append(k)
        yield item
