"""A dict lookup: O(1) on average, however large the dict."""
EXPECTED = "O(1)"
ENTRY = "lookup"


def lookup(table, key):
    return table.get(key)


def generate(n):
    return {i: i * i for i in range(n)}, n // 2
