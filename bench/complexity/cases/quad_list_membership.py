"""Dedupe with a list of seen values: each `in` scans the list, in C. One Python line, O(n) work."""
EXPECTED = "O(n^2)"
ENTRY = "dedupe"


def dedupe(items):
    seen = []
    for x in items:
        if x not in seen:
            seen.append(x)
    return seen


def generate(n):
    return (list(range(n)),)
