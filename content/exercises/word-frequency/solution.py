import re
from collections import Counter

# Letters, optionally followed by groups of an apostrophe and more letters: "don't", "rock'n'roll".
WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    """Return the k most frequent words of text as (word, count), by count, then alphabetically."""
    counts = Counter(WORD.findall(text.lower()))
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:k]
