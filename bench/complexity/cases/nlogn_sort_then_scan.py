"""Sort with the built-in, then one pass for the smallest gap: the sort dominates."""
EXPECTED = "O(n log n)"
ENTRY = "min_gap"


def min_gap(items):
    ordered = sorted(items)
    return min(b - a for a, b in zip(ordered, ordered[1:]))


def generate(n):
    import random

    rng = random.Random(n)
    return ([rng.random() for _ in range(max(n, 2))],)
