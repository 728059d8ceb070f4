import random


def generate(n):
    """n small values with both signs and k = 1: n = len(nums)."""
    rng = random.Random(n)
    return [rng.randint(-2, 2) for _ in range(n)], 1
