from collections import deque
from itertools import islice


def alien_order(words: list[str]) -> str | None:
    """Return the distinct characters of words in an order under which words is sorted.

    Return None if no such order exists.
    """
    later: dict[str, set[str]] = {}  # char -> the chars known to come after it
    for word in words:
        for char in word:
            if char not in later:
                later[char] = set()
    waiting = dict.fromkeys(later, 0)  # char -> how many chars must come before it

    # Only neighbours matter, and only at their first difference.
    for first, second in zip(words, islice(words, 1, None)):
        for a, b in zip(first, second):
            if a != b:
                if b not in later[a]:
                    later[a].add(b)
                    waiting[b] += 1
                break
        else:
            if len(first) > len(second):
                return None  # a word before its own proper prefix

    # Kahn's algorithm: repeatedly take a character nothing else has to precede.
    ready = deque(char for char, count in waiting.items() if count == 0)
    order = []
    while ready:
        char = ready.popleft()
        order.append(char)
        for after in later[char]:
            waiting[after] -= 1
            if waiting[after] == 0:
                ready.append(after)
    return "".join(order) if len(order) == len(later) else None  # short: a cycle
