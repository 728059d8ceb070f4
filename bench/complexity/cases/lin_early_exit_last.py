"""A linear search whose target is the last element: the early exit never helps."""
EXPECTED = "O(n)"
ENTRY = "index_of"


def index_of(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1


def generate(n):
    return list(range(n)), n - 1
