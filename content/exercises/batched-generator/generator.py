# n = the number of items; the batch size stays 3: expected O(n) in n (every item is read once).
# The entry returns a lazy iterator, which the measurement consumes.


def generate(n):
    """The items 0 .. n-1 in batches of 3 (the last batch shorter when 3 does not divide n)."""
    return list(range(n)), 3
