def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Return the number of words in a shortest ladder from begin to end, or 0 if there is none."""
    pass
