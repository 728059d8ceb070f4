def chunk(items: list, size: int) -> list[list]:
    """Split items into consecutive lists of size items (the last may be shorter).

    Raise ValueError if size is less than 1.
    """
    pass
