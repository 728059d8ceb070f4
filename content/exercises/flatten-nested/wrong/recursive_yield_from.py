# The textbook recursive generator: lazy and correct on shallow input. But each level of nesting
# is another generator frame: 100,000 levels exceed the recursion limit (RecursionError), and
# every leaf at depth d is passed up through d frames, so deep, wide input is also slow.
from collections.abc import Iterable


def flatten(nested):
    for item in nested:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes, bytearray)):
            yield from flatten(item)
        else:
            yield item
