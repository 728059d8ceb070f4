# Builds the graph only from the edges it finds, so a character that never appears in an edge is
# never a node and is missing from the answer (and a list with no edges at all gives "").
from collections import defaultdict, deque


def alien_order(words):
    later = defaultdict(set)
    waiting = defaultdict(int)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in later[a]:
                    later[a].add(b)
                    waiting[b] += 1
                    waiting[a] += 0
                break
        else:
            if len(first) > len(second):
                return None
    ready = deque(char for char in waiting if waiting[char] == 0)
    order = []
    while ready:
        char = ready.popleft()
        order.append(char)
        for after in later[char]:
            waiting[after] -= 1
            if waiting[after] == 0:
                ready.append(after)
    return "".join(order) if len(order) == len(waiting) else None
