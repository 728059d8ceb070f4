# Expects the size to be digits, but servers write "-" when no body was sent (a 204, a 304, many
# redirects). Those valid entries are counted as malformed.
import re

LINE = re.compile(
    r"(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) "
    r"\[(?P<time>\d{2}/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/\d\.\d)" '
    r"(?P<status>[1-5]\d\d) (?P<size>\d+)"
    r'(?: "(?P<referer>[^"\\]*(?:\\.[^"\\]*)*)" "(?P<agent>[^"\\]*(?:\\.[^"\\]*)*)")?'
)


def parse_access_log(text):
    entries = []
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
        entry["size"] = int(entry["size"])
        entries.append(entry)
    return entries, malformed
