# Ranks the paths with Counter.most_common(top). Counts are right, but most_common orders equal
# counts by first appearance in the log, not alphabetically, so tied paths come out in the wrong
# order (and the wrong one may be cut off at `top`).
import csv
import re
from collections import Counter

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?")
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
PATH = re.compile(r"/[^\s?]*(\?\S*)?")
STATUS = re.compile(r"[1-5]\d\d")
DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s)")


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
        match = DURATION.fullmatch(duration)
        if not (TIMESTAMP.fullmatch(timestamp) and method in METHODS and PATH.fullmatch(path)
                and STATUS.fullmatch(status) and match):
            malformed += 1
            continue
        requests += 1
        total_ms += float(match[1]) * (1000 if match[2] == "s" else 1)
        errors += status.startswith("5")
        methods[method] += 1
        paths[path.partition("?")[0]] += 1
    return {"requests": requests, "malformed": malformed, "errors": errors,
            "methods": dict(methods), "top_paths": paths.most_common(top),
            "mean_ms": total_ms / requests if requests else 0.0}
