# On a repeat it always jumps start to just past the previous occurrence, even when that
# occurrence is already left of the window. In "abba" the second a sends start back to index 1,
# so "bba" is counted as repeat-free and the answer is 3 instead of 2.
def longest_unique_substring(s: str) -> int:
    last = {}
    start = 0
    best = 0
    for i, char in enumerate(s):
        if char in last:
            start = last[char] + 1
        last[char] = i
        best = max(best, i - start + 1)
    return best
