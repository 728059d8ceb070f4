from collections import Counter


def first_unique(s: str) -> int:
    """Return the index of the first character that occurs exactly once in s, or -1."""
    counts = Counter(s)  # one pass: character -> number of occurrences
    for i, ch in enumerate(s):  # a second pass, in order, so the first match is the answer
        if counts[ch] == 1:
            return i
    return -1
