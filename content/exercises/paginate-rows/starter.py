from collections.abc import Iterable
from itertools import islice
from typing import Any


def paginate(rows: Iterable[Any], page: int, per_page: int = 20) -> dict[str, Any]:
    """Return page number `page` (counting from 1) of rows, per_page rows per page.

    rows is any iterable: a list, or a generator streaming rows from a database.
    Return {"items": [...], "page": page, "pages": number of pages, "total": number of rows}.
    Raise ValueError if per_page < 1 or the page does not exist.
    """
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    total = sum(1 for _ in rows)
    pages = total // per_page
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} does not exist (there are {pages})")
    start = page * per_page
    items = list(islice(rows, start, start + per_page))
    return {"items": items, "page": page, "pages": pages, "total": total}
