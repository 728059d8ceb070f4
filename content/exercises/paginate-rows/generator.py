# n = the number of rows, streamed by a generator (as from a database cursor), 20 per page, and
# the last page asked for: expected O(n) in n (an iterator must be read to the end to know the
# total). A list would take only O(per_page).

_ROWS = []  # row dicts shared by every call, so that building an input stays cheap


def generate(n):
    """A generator of n row dicts, the number of the last page, and 20 rows per page."""
    while len(_ROWS) < n:
        _ROWS.append({"id": len(_ROWS), "name": "user%d" % len(_ROWS)})
    last_page = max(1, -(-n // 20))
    return (_ROWS[i] for i in range(n)), last_page, 20
