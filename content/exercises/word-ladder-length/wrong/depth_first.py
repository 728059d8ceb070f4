# Uses a stack, so it explores depth first and returns the length of the first ladder it
# completes, which is not necessarily the shortest one.
from collections import defaultdict


def ladder_length(begin, end, words):
    if begin == end:
        return 1
    vocabulary = set(words)
    if end not in vocabulary:
        return 0
    by_pattern = defaultdict(list)
    for word in vocabulary:
        for i in range(len(word)):
            by_pattern[word[:i] + "*" + word[i + 1:]].append(word)
    seen = {begin}
    stack = [(begin, 1)]
    while stack:
        word, count = stack.pop()
        if word == end:
            return count
        for i in range(len(word)):
            for neighbour in by_pattern[word[:i] + "*" + word[i + 1:]]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    stack.append((neighbour, count + 1))
    return 0
