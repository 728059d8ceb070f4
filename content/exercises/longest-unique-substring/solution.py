def longest_unique_substring(s: str) -> int:
    """Return the length of the longest substring of s with no repeated character."""
    last: dict[str, int] = {}  # character -> the index where it was last seen
    start = 0  # the window s[start:i + 1] has no repeated character
    best = 0
    for i, char in enumerate(s):
        if last.get(char, -1) >= start:
            start = last[char] + 1
        last[char] = i
        best = max(best, i - start + 1)
    return best
