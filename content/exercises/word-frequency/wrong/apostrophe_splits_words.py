# The pattern [a-z]+ stops at the apostrophe, so "don't" is counted as the two words "don" and
# "t".
import re
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
