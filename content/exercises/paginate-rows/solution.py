from collections.abc import Iterable, Sequence
from typing import Any


def paginate(rows: Iterable[Any], page: int, per_page: int = 20) -> dict[str, Any]:
    """Return page number `page` (counting from 1) of rows, per_page rows per page.

    rows is any iterable: a list, or a generator streaming rows from a database.
    Return {"items": [...], "page": page, "pages": number of pages, "total": number of rows}.
    Raise ValueError if per_page < 1 or the page does not exist.
    """
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    if not isinstance(rows, Sequence):
        # An iterator can be read only once: keep what it yields instead of reading it twice.
        rows = list(rows)
    total = len(rows)  # a sequence knows its length: no need to walk it
    pages = max(1, -(-total // per_page))  # ceiling division; an empty result still has page 1
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} does not exist (there are {pages})")
    start = (page - 1) * per_page  # page 1 starts at row 0
    items = list(rows[start : start + per_page])  # slicing reads only this page's rows
    return {"items": items, "page": page, "pages": pages, "total": total}
