"""Draining a list with pop(0): each pop shifts the rest (memmove in C)."""
EXPECTED = "O(n^2)"
ENTRY = "drain"


def drain(items):
    queue = list(items)
    total = 0
    while queue:
        total += queue.pop(0)
    return total


def generate(n):
    return (list(range(n)),)
