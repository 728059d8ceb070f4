# Half a fix: the rows are read once into a list, so generators work, but the off-by-one errors
# remain: pages are still counted by rounding down, and page p starts at p * per_page.
def paginate(rows, page, per_page=20):
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    rows = list(rows)
    total = len(rows)
    pages = total // per_page
    if not 1 <= page <= pages:
        raise ValueError(f"page {page} does not exist (there are {pages})")
    start = page * per_page
    items = rows[start : start + per_page]
    return {"items": items, "page": page, "pages": pages, "total": total}
