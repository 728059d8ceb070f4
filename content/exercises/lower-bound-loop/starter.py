def lower_bound(items: list[int], target: int) -> int:
    """Return the first index i with items[i] >= target, or len(items) if there is none.

    items is sorted in ascending order; the search is a binary search, O(log n).
    """
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid
        else:
            hi = mid
    return lo


def count_between(items: list[int], low: int, high: int) -> int:
    """Return how many items x of the sorted list items satisfy low <= x <= high."""
    return lower_bound(items, high) - lower_bound(items, low)
