def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of one another, groups in order of first appearance."""
    pass
