def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, most frequent first, ties in alphabetical order."""
    pass
