# Forgets that only k % n matters. When k is larger than the list, items[-k:] is the whole list
# and items[:-k] is empty, so the list comes back unrotated.
def rotate(items: list, k: int) -> list:
    return items[-k:] + items[:-k]
