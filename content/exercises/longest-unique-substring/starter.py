def longest_unique_substring(s: str) -> int:
    """Return the length of the longest substring of s with no repeated character."""
    pass
