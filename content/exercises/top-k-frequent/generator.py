# n = the number of words, with about n/4 distinct words (d ~ n/4) and k = 10: expected O(n)
# in n, i.e. O(n + d log k) with k fixed.
import random


def generate(n):
    """n words drawn from about n/4 distinct ones, and k = 10."""
    rng = random.Random(n)
    distinct = max(1, n // 4)
    return ["w%d" % rng.randrange(distinct) for _ in range(n)], 10
