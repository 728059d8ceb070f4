# Entry drop_expired. n = the number of sessions, every other one expired (interleaved, so
# removal happens all along the list): expected O(n) in n.

EXPIRED = {"id": "old", "expires": 500.0}
ALIVE = {"id": "new", "expires": 1500.0}


def generate(n):
    """n sessions whose expiry times alternate between before and after now = 1000.

    The call empties part of the list, so a fresh list is built for every call: it repeats two
    session dicts, which keeps building it cheap (the function only reads them).
    """
    sessions = [ALIVE, EXPIRED] * (n // 2) + [ALIVE] * (n % 2)
    return sessions, 1000.0
