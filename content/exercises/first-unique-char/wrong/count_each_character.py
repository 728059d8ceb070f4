# Correct answers, but s.count(ch) rescans the whole string for every character it is asked
# about: O(n²). With the only unique character at the end of 200,000 characters, that is 200,000
# full scans.
def first_unique(s: str) -> int:
    for i, ch in enumerate(s):
        if s.count(ch) == 1:
            return i
    return -1
