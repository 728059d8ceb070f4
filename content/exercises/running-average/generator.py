# n = the number of samples already in the series: expected O(n) in n (the average is taken
# over all of them).


def generate(n):
    """A new value and a series of n earlier samples (the call appends to it, so a fresh list is
    built for every call: a cheap one)."""
    return 42.5, [float(i % 100) for i in range(n)]
