# Groups correctly, but then sorts the groups (and the words in each) to tidy them up. The
# statement fixes the order: groups by first appearance, words in their original order.
from collections import defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return sorted(sorted(group) for group in groups.values())
