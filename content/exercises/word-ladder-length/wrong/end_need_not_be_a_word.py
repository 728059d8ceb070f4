# Checks for the end before checking the dictionary: a neighbour equal to `end` is accepted even
# when `end` is not one of the words, so a ladder is reported where none exists.
from collections import deque
from string import ascii_lowercase


def ladder_length(begin, end, words):
    vocabulary = set(words)
    if begin == end:
        return 1
    length = {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate == end:
                    return length[word] + 1
                if candidate in vocabulary and candidate not in length:
                    length[candidate] = length[word] + 1
                    queue.append(candidate)
    return 0
