def generate(n):
    """n ascending items and a target above all of them: n = len(items)."""
    return list(range(0, 2 * n, 2)), 2 * n + 1
