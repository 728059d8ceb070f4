# n = the number of junctions, laid out as a road grid of about sqrt(n) x sqrt(n) with one-way
# roads right and down at random costs, so about 2n edges (m ~ 2n): expected O(n log n) in n,
# i.e. O((n + m) log n). The source is the top-left corner and the target the bottom-right
# one, which every junction can reach: it is settled last, so no search stops early. (A grid
# rather than random edges keeps memory effects from inflating the timings at large n.)
import random


def generate(n):
    """A side x side road grid (side = max(2, isqrt(n))), source 0, target side*side - 1."""
    side = max(2, int(n**0.5))
    rng = random.Random(n)
    edges = []
    for r in range(side):
        for c in range(side):
            u = r * side + c
            if c + 1 < side:
                edges.append((u, u + 1, rng.randint(1, 100)))
            if r + 1 < side:
                edges.append((u, u + side, rng.randint(1, 100)))
    return side * side, edges, 0, side * side - 1
