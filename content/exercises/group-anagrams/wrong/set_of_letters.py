# Uses the SET of letters as the key. A set forgets how many times each letter appears, so
# "aab" and "abb" (both {'a', 'b'}) land in the same group although they are not anagrams.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
