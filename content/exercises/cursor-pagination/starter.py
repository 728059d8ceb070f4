from typing import Any


def paginate(rows: list[dict[str, Any]], limit: int, cursor: str | None = None) -> dict[str, Any]:
    """Return the page of rows after cursor: {"items": [...], "next_cursor": str or None}.

    rows are sorted by (created, id). A page holds the first `limit` rows whose (created, id) is
    greater than the cursor's; next_cursor is None when no row follows the page.
    """
    pass
