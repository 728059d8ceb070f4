"""One heappushpop on a heap of n items: O(log n) sift."""
EXPECTED = "O(log n)"
ENTRY = "push_pop"


def push_pop(heap, x):
    import heapq

    heapq.heappush(heap, x)
    return heapq.heappop(heap)


def generate(n):
    return list(range(1, n + 1)), -1
