# An off-by-one in the heap size: it pops as soon as the heap holds k values, so it keeps only
# k - 1 and returns the (k - 1)-th largest (and fails on an empty heap when k is 1).
import heapq


def kth_largest(nums: list[int], k: int) -> int:
    heap = []
    for value in nums:
        heapq.heappush(heap, value)
        if len(heap) >= k:
            heapq.heappop(heap)
    return heap[0]
