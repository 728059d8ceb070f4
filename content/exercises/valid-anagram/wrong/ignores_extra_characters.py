# Counts the characters of a, then ticks off the characters of b, but silently skips a character
# of b that never occurs in a. With no length check, "abc" and "abcd" are reported as anagrams.
def is_anagram(a: str, b: str) -> bool:
    counts = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        if ch in counts:
            counts[ch] -= 1
    return all(count == 0 for count in counts.values())
