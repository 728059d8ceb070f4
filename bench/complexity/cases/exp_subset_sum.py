"""Brute-force subset sum with a target no subset reaches: both branches explored everywhere."""
EXPECTED = "O(2^n)"
ENTRY = "reachable"


def reachable(items, target):
    def go(i, remaining):
        if remaining == 0:
            return True
        if i == len(items):
            return False
        return go(i + 1, remaining - items[i]) or go(i + 1, remaining)

    return go(0, target)


def generate(n):
    return [2] * n, 2 * n + 1
