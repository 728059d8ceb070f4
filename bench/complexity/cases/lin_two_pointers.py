"""Pair-with-sum on a sorted list, one pointer from each end: a while loop with two indices, O(n)."""
EXPECTED = "O(n)"
ENTRY = "has_pair"


def has_pair(items, target):
    i, j = 0, len(items) - 1
    while i < j:
        s = items[i] + items[j]
        if s == target:
            return True
        if s < target:
            i += 1
        else:
            j -= 1
    return False


def generate(n):
    return list(range(0, 2 * n, 2)), -1
