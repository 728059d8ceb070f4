# Sorts by (count, word) with reverse=True to get the highest counts first, but reversing the
# tuple order also reverses the tie-break: equal counts come out from z to a.
def top_k_frequent(words: list[str], k: int) -> list[str]:
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (counts[word], word), reverse=True)[:k]
