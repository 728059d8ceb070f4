"""Longest common subsequence by dynamic programming over an n x n table."""
EXPECTED = "O(n^2)"
ENTRY = "lcs"


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def generate(n):
    return "ab" * (n // 2) + "a" * (n % 2), "ba" * (n // 2) + "b" * (n % 2)
