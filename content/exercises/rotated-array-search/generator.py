def generate(n):
    """n even numbers rotated by about a third, and an odd target that is absent: n = len(nums)."""
    n = max(n, 1)
    values = list(range(0, 2 * n, 2))
    shift = n // 3
    return values[shift:] + values[:shift], n | 1
