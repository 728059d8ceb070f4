"""Listing every subset of n items."""
EXPECTED = "O(2^n)"
ENTRY = "subsets"


def subsets(items):
    out = [[]]
    for x in items:
        out += [s + [x] for s in out]
    return len(out)


def generate(n):
    return (list(range(n)),)
