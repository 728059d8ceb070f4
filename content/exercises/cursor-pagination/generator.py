import base64
import json


def generate(n):
    """n rows sorted by (created, id), a page of 20, and a cursor pointing into the middle."""
    rows = [{"id": i, "created": 1_000_000 + i // 3} for i in range(max(n, 1))]
    middle = rows[len(rows) // 2]
    payload = json.dumps({"created": middle["created"], "id": middle["id"]}).encode()
    cursor = base64.urlsafe_b64encode(payload).rstrip(b"=").decode("ascii")
    return rows, 20, cursor
