# Compares each word with the first word of every group found so far. The answer is right, but
# finding a word's group is a scan over all groups: with 100,000 groups that is billions of
# comparisons, O(n²) instead of O(n).
def group_anagrams(words: list[str]) -> list[list[str]]:
    keys = []    # the sorted letters of each group, in the same order as groups
    groups = []
    for word in words:
        key = sorted(word)
        for i, group_key in enumerate(keys):
            if group_key == key:
                groups[i].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
