# The stack is right, but the function ends with `return True`: brackets still open when the
# string ends are never noticed, so "((" is reported balanced.
def is_balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for char in s:
        if char in pairs:
            if not stack or stack.pop() != pairs[char]:
                return False
        else:
            stack.append(char)
    return True
