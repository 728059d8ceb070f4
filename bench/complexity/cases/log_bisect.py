"""bisect in C: still O(log n) comparisons."""
EXPECTED = "O(log n)"
ENTRY = "rank"


def rank(items, x):
    import bisect

    return bisect.bisect_left(items, x)


def generate(n):
    return [str(i).zfill(8) for i in range(n)], "00000000x"
