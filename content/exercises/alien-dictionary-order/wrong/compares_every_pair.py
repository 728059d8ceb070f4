# Takes the first difference of EVERY pair of words, not just neighbours. The extra edges are
# implied by the neighbours' anyway, so the answers are right, but there are n²/2 pairs: for
# tens of thousands of words that is over a billion comparisons.
from collections import deque


def alien_order(words):
    later = {char: set() for word in words for char in word}
    waiting = dict.fromkeys(later, 0)
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            first, second = words[i], words[j]
            for a, b in zip(first, second):
                if a != b:
                    if b not in later[a]:
                        later[a].add(b)
                        waiting[b] += 1
                    break
            else:
                if len(first) > len(second):
                    return None
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
