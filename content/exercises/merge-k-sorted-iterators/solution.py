import heapq
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_DONE = object()  # marks an exhausted iterator (None could be a real item)


def merge_sorted(
    iterables: Iterable[Iterable[Any]], key: Callable[[Any], Any] | None = None
) -> Iterator[Any]:
    """Yield the items of the sorted iterables in sorted order of key, lazily and stably.

    Reads at most one item ahead from each iterable; ties keep the order of the iterables.
    """
    # One entry per non-empty stream: (key of its head, stream index, head, iterator). The index
    # is unique, so ties on the key are broken by stream order and items are never compared.
    heap = []
    for index, iterable in enumerate(iterables):
        iterator = iter(iterable)
        item = next(iterator, _DONE)
        if item is not _DONE:
            heap.append((item if key is None else key(item), index, item, iterator))
    heapq.heapify(heap)
    while heap:
        _, index, item, iterator = heap[0]
        yield item
        following = next(iterator, _DONE)
        if following is _DONE:
            heapq.heappop(heap)  # this stream is finished
        else:
            # Replace the head in one step: cheaper than a pop followed by a push.
            heapq.heapreplace(
                heap, (following if key is None else key(following), index, following, iterator)
            )


def merged_list(iterables: Iterable[Iterable[Any]], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """Return the whole merge as a list (used to time the merge). Keep this as it is."""
    return list(merge_sorted(iterables, key))
