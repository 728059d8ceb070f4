import random


def generate(n):
    """n random values and k = 10: n = len(nums); with k fixed, O(n log k) is O(n)."""
    rng = random.Random(n)
    return [rng.randrange(10**9) for _ in range(max(n, 10))], 10
