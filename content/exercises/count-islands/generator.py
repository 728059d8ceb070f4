from math import isqrt


def generate(n):
    """A map of about n cells (a square of side √n) tiled with 2 x 2 islands: n is the cell count."""
    side = max(1, isqrt(n))
    row = "".join("#" if c % 3 < 2 else "." for c in range(side))
    water = "." * side
    return ([row if r % 3 < 2 else water for r in range(side)],)
