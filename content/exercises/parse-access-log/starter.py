from typing import Any


def parse_access_log(text: str) -> tuple[list[dict[str, Any]], int]:
    """Parse Common/Combined Log Format lines.

    Return (entries, malformed): one dict per valid line, in order, and the number of non-empty
    lines that are not valid entries.
    """
    pass
