# str.split() cuts at whitespace only, so punctuation stays attached: "hat." and "hat," and
# "(hat)" are counted as three different words, none of them "hat".
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    counts = Counter(text.lower().split())
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
