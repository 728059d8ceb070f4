# Calls next(iterator) without a default and lets the exhausted stream's StopIteration end the
# loop. Inside a generator that is an error since Python 3.7 (PEP 479): the StopIteration is
# turned into RuntimeError("generator raised StopIteration") as soon as any stream runs out.
import heapq


def merge_sorted(iterables, key=None):
    key = key or (lambda item: item)
    heap = []
    for index, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for item in iterator:
            heap.append((key(item), index, item, iterator))
            break
    heapq.heapify(heap)
    while heap:
        _, index, item, iterator = heapq.heappop(heap)
        yield item
        following = next(iterator)
        heapq.heappush(heap, (key(following), index, following, iterator))


def merged_list(iterables, key=None):
    return list(merge_sorted(iterables, key))
