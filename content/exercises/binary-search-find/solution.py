def find(sorted_items: list[int], target: int) -> int:
    """Return an index of target in the ascending list sorted_items, or -1 if it is absent."""
    lo, hi = 0, len(sorted_items) - 1  # the target, if present, is in sorted_items[lo:hi + 1]
    while lo <= hi:
        mid = (lo + hi) // 2
        value = sorted_items[mid]
        if value == target:
            return mid
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
