def is_clean_palindrome(s: str) -> bool:
    """Return True if s is a palindrome when only letters and digits count, ignoring case."""
    kept = [ch.lower() for ch in s if ch.isalnum()]  # letters and digits only, in lower case
    return kept == kept[::-1]
