# Finds the start of the page by scanning the rows from the beginning until one lies after the
# cursor. Correct, but each page costs O(rows before it): walking a 200,000-row feed in pages of 100
# makes about 200 million comparisons. The rows are sorted, so a binary search finds the start in
# O(log n).
import base64
import binascii
import json
import re


def _encode(created, row_id):
    payload = json.dumps({"created": created, "id": row_id}).encode()
    return base64.urlsafe_b64encode(payload).rstrip(b"=").decode()


def _decode(cursor):
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
    return data["created"], data["id"]


def paginate(rows, limit, cursor=None):
    if type(limit) is not int or not 1 <= limit <= 1000:
        raise ValueError("bad limit")
    start = 0
    if cursor is not None:
        position = _decode(cursor)
        start = len(rows)
        for i, row in enumerate(rows):
            if (row["created"], row["id"]) > position:
                start = i
                break
    items = rows[start:start + limit]
    next_cursor = None
    if items and start + limit < len(rows):
        next_cursor = _encode(items[-1]["created"], items[-1]["id"])
    return {"items": items, "next_cursor": next_cursor}
