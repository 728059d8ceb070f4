"""heapq.heapify is O(n), not O(n log n)."""
EXPECTED = "O(n)"
ENTRY = "build"


def build(items):
    import heapq

    heap = list(items)
    heapq.heapify(heap)
    return heap[0]


def generate(n):
    return (list(range(n, 0, -1)),)
