def alien_order(words: list[str]) -> str | None:
    """Return the distinct characters of words in an order under which words is sorted.

    Return None if no such order exists.
    """
    pass
