# n = the length of the string: expected O(n) in n.
import random


def generate(n):
    """A random string of n letters."""
    rng = random.Random(n)
    return ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)),)
