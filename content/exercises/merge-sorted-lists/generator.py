def generate(n):
    """n values in all: the even numbers below n in a, the odd ones in b, so they interleave."""
    return list(range(0, n, 2)), list(range(1, n, 2))
