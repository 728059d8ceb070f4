def lower_bound(items: list[int], target: int) -> int:
    """Return the first index i with items[i] >= target, or len(items) if there is none.

    items is sorted in ascending order; the search is a binary search, O(log n).
    """
    lo, hi = 0, len(items)  # the answer is in lo..hi, and len(items) is a possible answer
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1  # mid is too small to be the answer: the range always shrinks
        else:
            hi = mid  # mid may be the answer: keep it in the range
    return lo


def count_between(items: list[int], low: int, high: int) -> int:
    """Return how many items x of the sorted list items satisfy low <= x <= high."""
    # The first index past the items equal to high is the lower bound of high + 1 (integers).
    return lower_bound(items, high + 1) - lower_bound(items, low)
