def generate(n):
    """n players; player i is a rival of i + 1 and of i + 3 (about 2n rivalries, always between
    an even and an odd player), so a split exists and every player is visited: n is the number
    of players."""
    n = max(n, 2)
    return n, [(i, j) for i in range(n) for j in (i + 1, i + 3) if j < n]
