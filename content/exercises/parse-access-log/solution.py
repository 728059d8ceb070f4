import re
from typing import Any

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# The inside of a quoted field: runs of ordinary characters, each run followed by an escaped pair
# (a backslash and any character). Every character can be matched in exactly one way, so a line
# that does not match fails in linear time. (?:[^"\\]|\\.)* means the same but is slower.
QUOTED = r'[^"\\]*(?:\\.[^"\\]*)*'

LINE = re.compile(
    r"(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) "
    r"\[(?P<time>\d{2}/" + MONTH + r"/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/\d\.\d)" '
    r"(?P<status>[1-5]\d\d) (?P<size>\d+|-)"
    r'(?: "(?P<referer>' + QUOTED + r')" "(?P<agent>' + QUOTED + r')")?'
)


def parse_access_log(text: str) -> tuple[list[dict[str, Any]], int]:
    """Parse Common/Combined Log Format lines.

    Return (entries, malformed): one dict per valid line, in order, and the number of non-empty
    lines that are not valid entries.
    """
    entries: list[dict[str, Any]] = []
    malformed = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = LINE.fullmatch(line)
        if match is None:
            malformed += 1
            continue
        entry = match.groupdict()
        del entry["ident"]
        for key in ("user", "referer", "agent"):
            if entry[key] == "-":
                entry[key] = None
        entry["status"] = int(entry["status"])
        entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
        entries.append(entry)
    return entries, malformed
