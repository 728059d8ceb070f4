# A correct BFS, but it counts the letter CHANGES (edges), not the words in the ladder: every
# answer is one short, and begin == end gives 0.
from collections import deque
from string import ascii_lowercase


def ladder_length(begin, end, words):
    vocabulary = set(words)
    if begin == end:
        return 0
    if end not in vocabulary:
        return 0
    steps = {begin: 0}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate in vocabulary and candidate not in steps:
                    steps[candidate] = steps[word] + 1
                    if candidate == end:
                        return steps[candidate]
                    queue.append(candidate)
    return 0
