"""Recursion that copies the rest of the list with a slice on every call."""
EXPECTED = "O(n^2)"
ENTRY = "count_items"


def count_items(items):
    total = 0
    while items:
        total += 1
        items = items[1:]
    return total


def generate(n):
    return (list(range(n)),)
