import random


def generate(n):
    """n random bar heights: n = len(heights)."""
    rng = random.Random(n)
    return ([rng.randint(0, 1000) for _ in range(n)],)
