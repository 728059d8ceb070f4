def generate(n):
    """n distinct values and k = n: no duplicate, so every value must be looked at."""
    return list(range(n)), n
