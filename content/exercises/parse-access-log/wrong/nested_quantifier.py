# Reads the request as a run of words, "((?:\S+ ?)+)", and splits it afterwards. On valid lines it
# works, but the two nested repetitions can split a long word in exponentially many ways: on a line
# whose request is never closed, the engine tries them all before giving up (catastrophic
# backtracking, a classic ReDoS). A hostile client can freeze the parser with one log line.
import re

LINE = re.compile(
    r"(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) "
    r"\[(?P<time>\d{2}/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "
    r'"(?P<request>(?:\S+ ?)+)" '
    r"(?P<status>[1-5]\d\d) (?P<size>\d+|-)"
    r'(?: "(?P<referer>[^"\\]*(?:\\.[^"\\]*)*)" "(?P<agent>[^"\\]*(?:\\.[^"\\]*)*)")?'
)
REQUEST = re.compile(r"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/\d\.\d)")


def parse_access_log(text):
    entries = []
    malformed = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = LINE.fullmatch(line)
        request = match and REQUEST.fullmatch(match["request"])
        if not request:
            malformed += 1
            continue
        entry = match.groupdict()
        del entry["ident"], entry["request"]
        entry.update(request.groupdict())
        for key in ("user", "referer", "agent"):
            if entry[key] == "-":
                entry[key] = None
        entry["status"] = int(entry["status"])
        entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
        entries.append(entry)
    return entries, malformed
