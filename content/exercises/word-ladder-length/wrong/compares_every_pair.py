# Builds the graph by comparing every pair of words letter by letter, then runs a correct BFS.
# The comparison step is O(N²·L): for 10,000 words, 50 million pairs.
from collections import deque


def ladder_length(begin, end, words):
    if begin == end:
        return 1
    nodes = list(dict.fromkeys([begin] + list(words)))
    if end not in nodes[1:] and end not in words:
        return 0
    neighbours = {word: [] for word in nodes}
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if sum(x != y for x, y in zip(a, b)) == 1:
                neighbours[a].append(b)
                neighbours[b].append(a)
    length = {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for other in neighbours[word]:
            if other not in length:
                length[other] = length[word] + 1
                if other == end:
                    return length[other]
                queue.append(other)
    return 0
