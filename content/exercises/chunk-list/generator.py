def generate(n):
    """n integers, in chunks of 3."""
    return list(range(n)), 3
