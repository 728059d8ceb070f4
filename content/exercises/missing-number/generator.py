def generate(n):
    """The numbers 0 to n - 1 in descending order: n, the value a scan checks last, is missing."""
    return (list(range(n - 1, -1, -1)),)
