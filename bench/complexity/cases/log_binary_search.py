"""Hand-written binary search for an absent key."""
EXPECTED = "O(log n)"
ENTRY = "search"


def search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(items) and items[lo] == target


def generate(n):
    return list(range(0, 2 * n, 2)), 2 * n - 3
