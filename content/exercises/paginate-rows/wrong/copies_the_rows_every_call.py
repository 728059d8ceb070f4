# Fixes the three bugs by turning rows into a list first. Correct, but list(rows) copies the whole
# list on every call: for a million rows each page costs a million steps instead of 25, and an API
# that serves many pages of the same big list does millions of times more work than it needs.
from itertools import islice


def paginate(rows, page, per_page=20):
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    rows = list(rows)
    total = len(rows)
    pages = max(1, -(-total // per_page))
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} does not exist (there are {pages})")
    start = (page - 1) * per_page
    items = list(islice(rows, start, start + per_page))
    return {"items": items, "page": page, "pages": pages, "total": total}
