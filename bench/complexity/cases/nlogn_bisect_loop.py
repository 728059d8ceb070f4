"""n binary searches written in Python into a sorted list of n keys."""
EXPECTED = "O(n log n)"
ENTRY = "count_present"


def count_present(sorted_keys, queries):
    found = 0
    for q in queries:
        lo, hi = 0, len(sorted_keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if sorted_keys[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        found += lo < len(sorted_keys) and sorted_keys[lo] == q
    return found


def generate(n):
    return list(range(0, 2 * n, 2)), list(range(1, 2 * n, 2))
