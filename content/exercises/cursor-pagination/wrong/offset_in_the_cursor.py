# Hides an offset in the cursor instead of a position: {"created": 0, "id": <index of next row>}.
# It looks like keyset pagination from outside, but it is offset pagination: when rows are
# inserted or deleted between two requests, the next page starts at the wrong row, and clients see
# rows twice or never.
import base64
import binascii
import json
import re


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
        start = data["id"]
    items = rows[start:start + limit]
    next_cursor = None
    if items and start + limit < len(rows):
        payload = json.dumps({"created": 0, "id": start + limit}).encode()
        next_cursor = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return {"items": items, "next_cursor": next_cursor}
