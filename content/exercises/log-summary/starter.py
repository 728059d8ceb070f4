from typing import Any


def summarize(text: str, top: int = 3) -> dict[str, Any]:
    """Summarise a request log given as CSV-like text.

    Each entry is `timestamp,method,path,status,duration`. Blank lines and lines starting with
    '#' are skipped; any other line that is not a valid entry counts as malformed.
    Return a dict with the keys requests, malformed, errors, methods, top_paths and mean_ms.
    """
    pass
