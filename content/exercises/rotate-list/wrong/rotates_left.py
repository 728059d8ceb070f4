# Slices the wrong way round: the FIRST k items go to the back, which is a rotation to the left.
def rotate(items: list, k: int) -> list:
    if not items:
        return []
    k %= len(items)
    return items[k:] + items[:k]
