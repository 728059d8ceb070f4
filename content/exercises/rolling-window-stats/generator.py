def generate(n):
    """n readings around 1e9 with a small spread, and a window of n / 10 values."""
    values = [1e9 + ((i * 7919) % 1000) / 100 for i in range(n)]
    return values, max(1, n // 10)
