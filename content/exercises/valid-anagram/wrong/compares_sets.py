# Compares the SETS of characters: it checks which characters occur, not how many times each one
# does, so "aab" and "abb" (or "abc" and "abcc") look like anagrams.
def is_anagram(a: str, b: str) -> bool:
    return set(a) == set(b)
