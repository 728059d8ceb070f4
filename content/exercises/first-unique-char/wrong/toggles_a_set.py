# Adds a character to a set on its first occurrence and removes it on its second. But a third
# occurrence adds it back, so any character occurring an odd number of times (like the 'a' of
# "aaab") is treated as unique.
def first_unique(s: str) -> int:
    once = set()
    for ch in s:
        if ch in once:
            once.remove(ch)
        else:
            once.add(ch)
    for i, ch in enumerate(s):
        if ch in once:
            return i
    return -1
