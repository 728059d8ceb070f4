import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, most frequent first, ties in alphabetical order."""
    counts = Counter(words)
    # The k smallest by (-count, word): highest counts first, ties broken alphabetically.
    return heapq.nsmallest(k, counts, key=lambda word: (-counts[word], word))
