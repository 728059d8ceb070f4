# n = the number of courses, with about 2n prerequisite pairs (so p ~ 2n): expected O(n) in n.
# Each course needs two of the 64 courses numbered just below it, so there is no cycle, every
# course gets ordered, and chains of prerequisites run the whole length. Prerequisites stay
# close in number, as in a real curriculum: requirements scattered at random over a large graph
# make the timings grow faster than the work, from memory effects alone.
import random


def generate(n):
    """n courses; course i requires two distinct courses among max(0, i-64) .. i-1 (course 1
    only course 0, course 0 none)."""
    rng = random.Random(n)
    pairs = []
    for i in range(1, n):
        for required in rng.sample(range(max(0, i - 64), i), min(i, 2)):
            pairs.append((i, required))
    return n, pairs
