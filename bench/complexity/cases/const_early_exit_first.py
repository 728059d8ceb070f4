"""A search that always finds its target in the first position: the loop exits at once."""
EXPECTED = "O(1)"
ENTRY = "find_first_even"


def find_first_even(items):
    for i, x in enumerate(items):
        if x % 2 == 0:
            return i
    return -1


def generate(n):
    return ([0] + [1] * n,)
