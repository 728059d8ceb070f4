"""sum() in C: O(n), with a small constant."""
EXPECTED = "O(n)"
ENTRY = "total"


def total(items):
    return sum(items)


def generate(n):
    return (list(range(n)),)
