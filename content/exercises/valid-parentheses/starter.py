def is_balanced(s: str) -> bool:
    """Return True if every bracket in s is closed by one of its kind, in the right order."""
    pass
