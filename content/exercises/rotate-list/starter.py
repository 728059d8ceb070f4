def rotate(items: list, k: int) -> list:
    """Return a new list: items rotated k steps to the right (left if k is negative)."""
    pass
