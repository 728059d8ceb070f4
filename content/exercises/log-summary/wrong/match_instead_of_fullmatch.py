# Validates fields with re.match, which anchors only at the start of the string: "2000" passes as
# a three-digit status, "35msec" as a duration and a timestamp with trailing junk as a timestamp.
# Those lines should be malformed. (re.fullmatch, or a pattern ending in \Z, anchors both ends.)
import csv
import re
from collections import Counter

TIMESTAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?"
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
PATH = r"/[^\s?]*(\?\S*)?"
STATUS = r"[1-5]\d\d"
DURATION = r"(\d+(?:\.\d+)?)(ms|s)"


def summarize(text, top=3):
    requests = malformed = errors = 0
    total_ms = 0.0
    methods = Counter()
    paths = Counter()
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.reader(lines):
        fields = [field.strip() for field in row]
        if len(fields) != 5:
            malformed += 1
            continue
        timestamp, method, path, status, duration = fields
        match = re.match(DURATION, duration)
        if not (re.match(TIMESTAMP, timestamp) and method in METHODS and re.match(PATH, path)
                and re.match(STATUS, status) and match):
            malformed += 1
            continue
        requests += 1
        total_ms += float(match[1]) * (1000 if match[2] == "s" else 1)
        errors += status.startswith("5")
        methods[method] += 1
        paths[path.partition("?")[0]] += 1
    top_paths = sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {"requests": requests, "malformed": malformed, "errors": errors,
            "methods": dict(methods), "top_paths": top_paths,
            "mean_ms": total_ms / requests if requests else 0.0}
