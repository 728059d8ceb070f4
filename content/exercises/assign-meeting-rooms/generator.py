# n = the number of meetings. Random starts (not in order) and long durations, so about n/8
# meetings are in progress at once and the heaps of busy and free rooms stay large:
# expected O(n log n) in n (the sort, and heap operations on heaps of ~n/8 rooms).
import random


def generate(n):
    """n meetings with shuffled starts in [0, n) and durations in [1, n/4]."""
    rng = random.Random(n)
    longest = max(1, n // 4)
    meetings = []
    for _ in range(n):
        start = rng.randrange(max(n, 1))
        meetings.append((start, start + rng.randint(1, longest)))
    return (meetings,)
