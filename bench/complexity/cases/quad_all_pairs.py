"""Checking every pair for a duplicate, with none present."""
EXPECTED = "O(n^2)"
ENTRY = "has_duplicate"


def has_duplicate(items):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] == items[j]:
                return True
    return False


def generate(n):
    return (list(range(n)),)
