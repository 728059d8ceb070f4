"""Counting with a dict: n O(1) hash updates."""
EXPECTED = "O(n)"
ENTRY = "counts"


def counts(words):
    seen = {}
    for w in words:
        seen[w] = seen.get(w, 0) + 1
    return seen


def generate(n):
    return ([i % 1000 for i in range(n)],)
