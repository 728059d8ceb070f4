def first_unique(s: str) -> int:
    """Return the index of the first character that occurs exactly once in s, or -1."""
    pass
