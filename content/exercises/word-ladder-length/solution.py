from collections import defaultdict, deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Return the number of words in a shortest ladder from begin to end, or 0 if there is none."""
    if begin == end:
        return 1
    vocabulary = set(words)
    if end not in vocabulary:
        return 0
    # "h*t" -> ["hot", "hit", ...]: words that share a pattern differ in that one position only.
    by_pattern: dict[str, list[str]] = defaultdict(list)
    for word in vocabulary:
        for i in range(len(word)):
            by_pattern[word[:i] + "*" + word[i + 1:]].append(word)
    length = {begin: 1}  # words in the shortest ladder from begin to each word queued so far
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for i in range(len(word)):
            # pop: a pattern's words are all queued the first time it is met, so drop it.
            for neighbour in by_pattern.pop(word[:i] + "*" + word[i + 1:], ()):
                if neighbour not in length:
                    if neighbour == end:
                        return length[word] + 1
                    length[neighbour] = length[word] + 1
                    queue.append(neighbour)
    return 0
