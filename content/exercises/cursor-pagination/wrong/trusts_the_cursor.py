# Decodes whatever it is given. base64.urlsafe_b64decode silently skips characters outside its
# alphabet, so a mangled cursor may still "work"; a cursor holding a list or missing a key fails
# with TypeError or KeyError instead of ValueError (a 500 instead of a 400 in an API); and JSON
# true is accepted as the number 1.
import base64
import json
from bisect import bisect_right


def paginate(rows, limit, cursor=None):
    if not 1 <= limit <= 1000:
        raise ValueError("bad limit")
    start = 0
    if cursor is not None:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        start = bisect_right(rows, (data["created"], data["id"]), key=lambda row: (row["created"], row["id"]))
    items = rows[start:start + limit]
    next_cursor = None
    if items and start + limit < len(rows):
        payload = json.dumps({"created": items[-1]["created"], "id": items[-1]["id"]}).encode()
        next_cursor = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return {"items": items, "next_cursor": next_cursor}
