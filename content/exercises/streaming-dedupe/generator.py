def generate(n):
    """n integers with n / 4 distinct values, every value first seen early and repeated later."""
    distinct = max(1, n // 4)
    return ([(i * 7919) % distinct for i in range(n)],)
