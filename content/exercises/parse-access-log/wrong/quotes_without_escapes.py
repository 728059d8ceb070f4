# Reads a quoted field as [^"]*: everything up to the next quote. A user agent containing an
# escaped quote (\") ends too early, the rest of the line no longer fits the pattern, and a valid
# entry is counted as malformed.
import re

LINE = re.compile(
    r"(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) "
    r"\[(?P<time>\d{2}/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/\d\.\d)" '
    r"(?P<status>[1-5]\d\d) (?P<size>\d+|-)"
    r'(?: "(?P<referer>[^"]*)" "(?P<agent>[^"]*)")?'
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
        entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
        entries.append(entry)
    return entries, malformed
