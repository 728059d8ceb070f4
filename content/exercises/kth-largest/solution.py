import heapq
from itertools import islice


def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest value in nums (1 <= k <= len(nums)); duplicates count separately."""
    heap = nums[:k]  # a copy: heapify rearranges the list it is given
    heapq.heapify(heap)  # a min-heap of the k largest values so far; heap[0] is the smallest
    for value in islice(nums, k, None):
        if value > heap[0]:
            heapq.heapreplace(heap, value)  # drop the smallest of the top k, add value: O(log k)
    return heap[0]
