def generate(n):
    """n integers, rotated by a little over half their length."""
    return list(range(n)), n // 2 + 1
