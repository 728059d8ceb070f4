def caesar(text: str, shift: int) -> str:
    """Return text with every letter a-z and A-Z moved shift places along the alphabet."""
    pass
