# Counter.most_common(k) sorts by count only, and words with equal counts stay in the order they
# were first seen, not in alphabetical order: "zebra yak zebra yak" gives zebra before yak.
import re
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    return Counter(re.findall(r"[a-z]+(?:'[a-z]+)*", text.lower())).most_common(k)
