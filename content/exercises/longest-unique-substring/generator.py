# n = the length of the string: expected O(n) in n. Random letters from a 26-letter alphabet,
# so the window keeps moving and there is no early end.
import random


def generate(n):
    """A random string of n lowercase letters."""
    rng = random.Random(n)
    return ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)),)
