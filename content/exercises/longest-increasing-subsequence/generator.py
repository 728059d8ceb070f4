import random


def generate(n):
    """n random values: n = len(nums)."""
    rng = random.Random(n)
    return ([rng.randint(-(10**9), 10**9) for _ in range(n)],)
