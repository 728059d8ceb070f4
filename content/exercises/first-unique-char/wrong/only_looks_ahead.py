# Checks only that a character does not occur AGAIN later in the string, forgetting that it may
# have occurred earlier: in "abab" the last 'a' has no later copy, so index 2 is returned.
def first_unique(s: str) -> int:
    for i, ch in enumerate(s):
        if s.find(ch, i + 1) == -1:
            return i
    return -1
