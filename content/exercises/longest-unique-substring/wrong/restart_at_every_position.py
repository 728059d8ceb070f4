# From every starting position, extends a set until a character repeats. Correct, but it is
# O(n·m) for an answer of length m: 300,000 starts times 30,000 characters each.
def longest_unique_substring(s: str) -> int:
    best = 0
    for i in range(len(s)):
        seen = set()
        for j in range(i, len(s)):
            if s[j] in seen:
                break
            seen.add(s[j])
        best = max(best, len(seen))
    return best
