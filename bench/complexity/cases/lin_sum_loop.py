"""A plain loop that adds up a list."""
EXPECTED = "O(n)"
ENTRY = "total"


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def generate(n):
    return (list(range(n)),)
