def chunk(items: list, size: int) -> list[list]:
    """Split items into consecutive lists of size items (the last may be shorter).

    Raise ValueError if size is less than 1.
    """
    if size < 1:  # range() rejects 0 but would silently accept a negative step
        raise ValueError("size must be at least 1, got %r" % (size,))
    return [items[start:start + size] for start in range(0, len(items), size)]
