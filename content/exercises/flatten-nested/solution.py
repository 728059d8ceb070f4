from collections.abc import Iterable, Iterator
from typing import Any

ATOMS = (str, bytes, bytearray)  # iterable, but treated as single values


def flatten(nested: Iterable[Any]) -> Iterator[Any]:
    """Lazily yield the leaves of nested, at any depth, left to right.

    Every iterable is a container except str, bytes and bytearray, which are leaves.
    """
    stack = [iter(nested)]  # one iterator per level we are inside; the innermost is last
    while stack:
        for item in stack[-1]:
            if isinstance(item, Iterable) and not isinstance(item, ATOMS):
                stack.append(iter(item))
                break  # go on with the new innermost level
            yield item
        else:
            stack.pop()  # this level is exhausted: resume the one around it
