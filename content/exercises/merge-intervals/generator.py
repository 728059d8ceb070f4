# n = the number of intervals, in random order (so they must really be sorted), many of them
# overlapping: expected O(n log n) in n.
import random


def generate(n):
    """n intervals with random starts in [0, 4n) and lengths in [0, 6]."""
    rng = random.Random(n)
    intervals = []
    for _ in range(n):
        start = rng.randrange(4 * max(n, 1))
        intervals.append((start, start + rng.randint(0, 6)))
    return (intervals,)
