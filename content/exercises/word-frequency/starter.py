def top_words(text: str, k: int) -> list[tuple[str, int]]:
    """Return the k most frequent words of text as (word, count), by count, then alphabetically."""
    pass
