def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of one another, groups in order of first appearance."""
    groups: dict[str, list[str]] = {}  # sorted letters -> the words with exactly those letters
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
