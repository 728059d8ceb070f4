# The textbook recursive definition: compare the ends, recurse on the middle. Right for short
# strings, but every call copies the string (a slice) and a million characters need about 500,000
# nested calls: RecursionError long before that, and O(n²) copying even with a higher limit.
def is_clean_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return _check(cleaned)


def _check(t: str) -> bool:
    if len(t) < 2:
        return True
    return t[0] == t[-1] and _check(t[1:-1])
