import csv
import re
from collections import Counter
from typing import Any

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?")
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
PATH = re.compile(r"/[^\s?]*(\?\S*)?")
STATUS = re.compile(r"[1-5]\d\d")
DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s)")


def summarize(text: str, top: int = 3) -> dict[str, Any]:
    """Summarise a request log given as CSV-like text.

    Each entry is `timestamp,method,path,status,duration`. Blank lines and lines starting with
    '#' are skipped; any other line that is not a valid entry counts as malformed.
    Return a dict with the keys requests, malformed, errors, methods, top_paths and mean_ms.
    """
    requests = malformed = errors = 0
    total_ms = 0.0
    methods: Counter[str] = Counter()
    paths: Counter[str] = Counter()

    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.reader(lines):
        fields = [field.strip() for field in row]
        if len(fields) != 5:
            malformed += 1
            continue
        timestamp, method, path, status, duration = fields
        duration_match = DURATION.fullmatch(duration)
        if not (
            TIMESTAMP.fullmatch(timestamp)
            and method in METHODS
            and PATH.fullmatch(path)
            and STATUS.fullmatch(status)
            and duration_match
        ):
            malformed += 1
            continue
        amount, unit = duration_match.groups()
        requests += 1
        total_ms += float(amount) * (1000 if unit == "s" else 1)
        if status.startswith("5"):
            errors += 1
        methods[method] += 1
        paths[path.partition("?")[0]] += 1

    # Most requested first; equal counts in alphabetical order of the path.
    top_paths = sorted(paths.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {
        "requests": requests,
        "malformed": malformed,
        "errors": errors,
        "methods": dict(methods),
        "top_paths": top_paths,
        "mean_ms": total_ms / requests if requests else 0.0,
    }
