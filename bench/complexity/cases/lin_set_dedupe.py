"""Order-preserving dedupe with a set of seen values."""
EXPECTED = "O(n)"
ENTRY = "dedupe"


def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def generate(n):
    return ([i // 2 for i in range(n)],)
