# reversed() returns an iterator; list() of it is a list of characters, not a string.
def reverse(text: str) -> str:
    return list(reversed(text))
