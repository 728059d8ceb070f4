"""Longest run without a repeat: two nested loops, but the inner pointer only moves forward, O(n) in all."""
EXPECTED = "O(n)"
ENTRY = "longest_unique"


def longest_unique(s):
    last = {}
    best = start = 0
    for i, ch in enumerate(s):
        while ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best


def generate(n):
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    return ("".join(alphabet[(i * 7) % 26] for i in range(n)),)
