# Avoids recursion with an explicit stack, but of items rather than iterators: each container is
# copied into a list (to push its items in reverse). That reads a whole container before yielding
# anything from it, so an infinite generator never yields, and laziness is lost.
from collections.abc import Iterable


def flatten(nested):
    stack = list(reversed(list(nested)))
    while stack:
        item = stack.pop()
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes, bytearray)):
            stack.extend(reversed(list(item)))
        else:
            yield item
