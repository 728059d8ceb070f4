OPENER = {")": "(", "]": "[", "}": "{"}  # each closing bracket -> the bracket it closes


def is_balanced(s: str) -> bool:
    """Return True if every bracket in s is closed by one of its kind, in the right order."""
    stack: list[str] = []  # the brackets still open, the most recent last
    for char in s:
        if char in OPENER:
            if not stack or stack.pop() != OPENER[char]:
                return False
        else:
            stack.append(char)
    return not stack
