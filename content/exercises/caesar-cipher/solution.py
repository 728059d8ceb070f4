import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def caesar(text: str, shift: int) -> str:
    """Return text with every letter a-z and A-Z moved shift places along the alphabet."""
    k = shift % 26  # wraps any shift, negative or huge, into 0..25
    table = str.maketrans(LOWER + UPPER, LOWER[k:] + LOWER[:k] + UPPER[k:] + UPPER[:k])
    return text.translate(table)  # characters missing from the table are left unchanged
