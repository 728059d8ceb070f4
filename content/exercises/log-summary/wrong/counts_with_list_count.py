# Collects every path in a list and then calls paths.count(p) for each distinct path. Each count
# scans the whole list, so with L lines and P distinct paths this is O(L·P): 50,000 lines with
# about 40,000 distinct paths are 2 billion comparisons. A Counter counts everything in one pass.
import csv
import re

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?")
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
PATH = re.compile(r"/[^\s?]*(\?\S*)?")
STATUS = re.compile(r"[1-5]\d\d")
DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s)")


def summarize(text, top=3):
    malformed = errors = 0
    total_ms = 0.0
    methods = []
    paths = []
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
        total_ms += float(match[1]) * (1000 if match[2] == "s" else 1)
        errors += status.startswith("5")
        methods.append(method)
        paths.append(path.partition("?")[0])
    counts = [(path, paths.count(path)) for path in set(paths)]
    top_paths = sorted(counts, key=lambda item: (-item[1], item[0]))[:top]
    return {"requests": len(paths), "malformed": malformed, "errors": errors,
            "methods": {m: methods.count(m) for m in set(methods)}, "top_paths": top_paths,
            "mean_ms": total_ms / len(paths) if paths else 0.0}
