# Correct answers, but str.count scans the whole string on every call, and it is called twice
# for each of the n characters: O(n²). On 100,000 characters that is about 20 billion
# character comparisons.
def is_anagram(a: str, b: str) -> bool:
    return len(a) == len(b) and all(a.count(ch) == b.count(ch) for ch in a)
