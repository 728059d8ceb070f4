def generate(n):
    """n sorted integers, each value three times in a row."""
    return ([i // 3 for i in range(n)],)
