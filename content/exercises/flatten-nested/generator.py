# n = the number of leaves, in about n/2 containers of depth at most 4 (lists, tuples and
# ranges, with strings as leaves): expected O(n) in n, i.e. O(N + C) with C ~ n/2.
# The entry returns a lazy iterator, which the measurement consumes.


def generate(n):
    """A list of n leaves nested as [i, [i+1, ("s", [i+3])]] blocks of four."""
    nested = []
    i = 0
    while i + 4 <= n:
        nested.append([i, [i + 1, ("s%d" % (i + 2), [i + 3])]])
        i += 4
    nested.extend(range(i, n))  # the 0-3 leaves left over
    return (nested,)
