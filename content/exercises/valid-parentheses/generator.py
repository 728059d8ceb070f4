# n = the length of the string: expected O(n) in n. The string is balanced (n rounded down to
# an even length), mixing all three bracket kinds and nesting depths, so no check can stop early.
import random

PAIRS = ["()", "[]", "{}"]


def generate(n):
    """A random balanced string of n - n % 2 brackets."""
    rng = random.Random(n)
    out = []
    stack = []
    remaining = n - n % 2
    while remaining:
        # Open while there is room to close everything afterwards; otherwise close.
        if stack and (len(stack) == remaining or rng.random() < 0.5):
            out.append(stack.pop())
        else:
            opener, closer = rng.choice(PAIRS)
            out.append(opener)
            stack.append(closer)
        remaining -= 1
    return ("".join(out),)
