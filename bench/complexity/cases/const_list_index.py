"""Indexing and len() on a list are O(1)."""
EXPECTED = "O(1)"
ENTRY = "middle"


def middle(items):
    return items[len(items) // 2]


def generate(n):
    return (list(range(n)),)
