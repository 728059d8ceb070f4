from collections import Counter


def is_anagram(a: str, b: str) -> bool:
    """Return True if b uses exactly the same characters as a, each as many times."""
    if len(a) != len(b):  # cheap early answer: anagrams have the same length
        return False
    return Counter(a) == Counter(b)
