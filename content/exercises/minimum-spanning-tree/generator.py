import random


def generate(n):
    """n sites joined by a random tree plus n more random links, about 2n links in all, with
    random costs: n is the number of sites. Sorting the links is the n log n term."""
    n = max(n, 2)
    rng = random.Random(n)
    edges = [(i, rng.randrange(i), rng.randint(-1000, 1000)) for i in range(1, n)]
    edges += [(rng.randrange(n), rng.randrange(n), rng.randint(-1000, 1000)) for _ in range(n)]
    return n, edges
