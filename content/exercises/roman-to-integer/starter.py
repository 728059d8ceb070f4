def roman_to_int(s: str) -> int:
    """Return the integer value of the Roman numeral s (1 to 3999)."""
    pass
