# Right answers, but words.count(word) rescans the whole list of words for every word: O(n²).
# 120,000 words mean about 15 billion comparisons.
import re


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    words = re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower())
    counts = {word: words.count(word) for word in words}
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
