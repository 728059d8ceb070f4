# n = the number of numbers: expected O(n) in n. The numbers are 1 and -1, so the products stay
# small integers (with larger numbers, big-integer arithmetic would dominate the time).
import random


def generate(n):
    """n random numbers from {1, -1}."""
    rng = random.Random(n)
    return ([rng.choice((1, -1)) for _ in range(n)],)
