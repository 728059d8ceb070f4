import base64
import binascii
import json
import re
from bisect import bisect_right
from typing import Any

MAX_LIMIT = 1000
URLSAFE = re.compile(r"[A-Za-z0-9_-]+")


def _sort_key(row: dict[str, Any]) -> tuple[int, int]:
    return (row["created"], row["id"])


def encode_cursor(created: int, row_id: int) -> str:
    """The opaque cursor for the position (created, row_id): URL-safe base64 of JSON, unpadded."""
    payload = json.dumps({"created": created, "id": row_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(payload).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """The (created, id) position in a cursor; ValueError if it is not one this module made."""
    if not isinstance(cursor, str) or not URLSAFE.fullmatch(cursor):
        raise ValueError("malformed cursor")
    try:
        # urlsafe_b64decode ignores characters outside the alphabet, hence the check above.
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError("malformed cursor") from error
    if not isinstance(data, dict) or set(data) != {"created", "id"}:
        raise ValueError("malformed cursor")
    created, row_id = data["created"], data["id"]
    # bool is a subclass of int, and JSON true must not pass for a number.
    if type(created) is not int or type(row_id) is not int:
        raise ValueError("malformed cursor")
    return created, row_id


def paginate(rows: list[dict[str, Any]], limit: int, cursor: str | None = None) -> dict[str, Any]:
    """Return the page of rows after cursor: {"items": [...], "next_cursor": str or None}.

    rows are sorted by (created, id). A page holds the first `limit` rows whose (created, id) is
    greater than the cursor's; next_cursor is None when no row follows the page.
    """
    if type(limit) is not int or not 1 <= limit <= MAX_LIMIT:
        raise ValueError("limit must be an int from 1 to %d" % MAX_LIMIT)
    start = 0
    if cursor is not None:
        start = bisect_right(rows, decode_cursor(cursor), key=_sort_key)
    items = rows[start:start + limit]
    next_cursor = None
    if items and start + limit < len(rows):
        last = items[-1]
        next_cursor = encode_cursor(last["created"], last["id"])
    return {"items": items, "next_cursor": next_cursor}
