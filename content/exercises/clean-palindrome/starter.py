def is_clean_palindrome(s: str) -> bool:
    """Return True if s is a palindrome when only letters and digits count, ignoring case."""
    pass
