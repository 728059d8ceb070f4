# n = the length of each of the two strings: expected O(n^2) in n (the O(m·n) table with
# m = n). Random letters, so the strings share little and nothing can be skipped.
import random


def generate(n):
    """Two random strings of n letters from a to d."""
    rng = random.Random(n)
    a = "".join(rng.choice("abcd") for _ in range(n))
    b = "".join(rng.choice("abcd") for _ in range(n))
    return a, b
