"""The built-in sort on shuffled data: O(n log n) comparisons, done in C."""
EXPECTED = "O(n log n)"
ENTRY = "order"


def order(items):
    return sorted(items)


def generate(n):
    import random

    items = [str(i) for i in range(n)]
    random.Random(n).shuffle(items)
    return (items,)
