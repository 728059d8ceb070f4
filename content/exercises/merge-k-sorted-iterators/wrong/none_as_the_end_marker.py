# Uses next(iterator, None) and treats None as "this stream is finished". It works until a stream
# contains None as an item: the rest of that stream is silently dropped.
import heapq


def merge_sorted(iterables, key=None):
    key = key or (lambda item: item)
    heap = []
    for index, iterable in enumerate(iterables):
        iterator = iter(iterable)
        item = next(iterator, None)
        if item is not None:
            heap.append((key(item), index, item, iterator))
    heapq.heapify(heap)
    while heap:
        _, index, item, iterator = heapq.heappop(heap)
        yield item
        following = next(iterator, None)
        if following is not None:
            heapq.heappush(heap, (key(following), index, following, iterator))


def merged_list(iterables, key=None):
    return list(merge_sorted(iterables, key))
