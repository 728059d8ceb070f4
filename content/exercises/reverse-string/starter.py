def reverse(text: str) -> str:
    """Return text with its characters in reverse order."""
    pass
