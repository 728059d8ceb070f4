"""Heap sort with heapq: heapify, then n pops of O(log n) each."""
EXPECTED = "O(n log n)"
ENTRY = "heap_sort"


def heap_sort(items):
    import heapq

    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


def generate(n):
    import random

    items = [str(i) for i in range(n)]
    random.Random(n).shuffle(items)
    return (items,)
