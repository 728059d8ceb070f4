# Decides whether there is a next page from the page alone: a full page gets a next_cursor. When the
# rows end exactly at a page boundary, the client is sent one more request that returns nothing.
import base64
import binascii
import json
import re
from bisect import bisect_right


def paginate(rows, limit, cursor=None):
    if type(limit) is not int or not 1 <= limit <= 1000:
        raise ValueError("bad limit")
    start = 0
    if cursor is not None:
        if not isinstance(cursor, str) or not re.fullmatch(r"[A-Za-z0-9_-]+", cursor):
            raise ValueError("bad cursor")
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
        except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError):
            raise ValueError("bad cursor")
        if not isinstance(data, dict) or set(data) != {"created", "id"}:
            raise ValueError("bad cursor")
        if type(data["created"]) is not int or type(data["id"]) is not int:
            raise ValueError("bad cursor")
        start = bisect_right(rows, (data["created"], data["id"]), key=lambda row: (row["created"], row["id"]))
    items = rows[start:start + limit]
    next_cursor = None
    if len(items) == limit:
        payload = json.dumps({"created": items[-1]["created"], "id": items[-1]["id"]}).encode()
        next_cursor = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return {"items": items, "next_cursor": next_cursor}
