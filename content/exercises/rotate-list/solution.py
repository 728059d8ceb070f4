def rotate(items: list, k: int) -> list:
    """Return a new list: items rotated k steps to the right (left if k is negative)."""
    if not items:
        return []  # nothing to rotate, and k % 0 would raise ZeroDivisionError
    k %= len(items)  # n steps change nothing; % also maps a negative k to a right rotation
    return items[-k:] + items[:-k] if k else items[:]
