# Right order, but words.count(w) scans the whole list for every distinct word: O(n·d). With
# 300,000 words of which 50,000 are distinct that is 15 billion comparisons.
def top_k_frequent(words: list[str], k: int) -> list[str]:
    return sorted(set(words), key=lambda word: (-words.count(word), word))[:k]
