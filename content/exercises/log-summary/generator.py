# n = the number of log lines, over at most 500 distinct paths (P bounded, as in a real service's
# routes): O(L + P log P) is then O(n) in n. With P growing like n the sort's P log P term would
# be there in theory but stays far below the per-line parsing at every size one can time, so the
# measurement could not show it. A few comment, blank and malformed lines are mixed in.
import random

METHODS = ["GET", "POST", "PUT", "DELETE"]


def generate(n):
    """A log of n lines, as one string."""
    rng = random.Random(n)
    paths = max(1, min(500, n // 4))
    lines = []
    for i in range(n):
        if i % 50 == 7:
            lines.append("# rotated" if i % 100 == 7 else "not a log line")
            continue
        if i % 50 == 31:
            lines.append("")
            continue
        path = "/api/items/%d" % rng.randrange(paths)
        if i % 5 == 0:
            path += "?page=%d" % (i % 7)
        status = rng.choice((200, 200, 201, 404, 503))
        duration = "%dms" % rng.randint(1, 900) if i % 9 else "1.5s"
        lines.append(
            "2024-05-01T10:%02d:%02d,%s,%s,%d,%s"
            % (i // 60 % 60, i % 60, rng.choice(METHODS), path, status, duration)
        )
    return "\n".join(lines) + "\n", 3
