# Splits each line with str.split(","), ignoring CSV quoting. A quoted path that contains commas
# ("/search?q=red,blue") is cut into several fields, so a valid entry is counted as malformed.
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
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip().strip('"') for field in line.split(",")]
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
    top_paths = sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {"requests": requests, "malformed": malformed, "errors": errors,
            "methods": dict(methods), "top_paths": top_paths,
            "mean_ms": total_ms / requests if requests else 0.0}
