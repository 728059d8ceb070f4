# Pushes (key, item, iterator) onto the heap. When two keys are equal, the heap compares the
# items next: the output is no longer in stream order, and items that cannot be compared (dicts)
# raise TypeError.
import heapq

_DONE = object()


def merge_sorted(iterables, key=None):
    key = key or (lambda item: item)
    heap = []
    for iterable in iterables:
        iterator = iter(iterable)
        item = next(iterator, _DONE)
        if item is not _DONE:
            heapq.heappush(heap, (key(item), item, iterator))
    while heap:
        _, item, iterator = heapq.heappop(heap)
        yield item
        following = next(iterator, _DONE)
        if following is not _DONE:
            heapq.heappush(heap, (key(following), following, iterator))


def merged_list(iterables, key=None):
    return list(merge_sorted(iterables, key))
