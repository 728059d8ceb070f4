"""Appending and popping at either end of a deque are O(1)."""
EXPECTED = "O(1)"
ENTRY = "rotate_once"


def rotate_once(dq):
    dq.appendleft(dq.pop())
    dq.append(dq.popleft())
    return dq[0]


def generate(n):
    from collections import deque

    return (deque(range(max(n, 1))),)
