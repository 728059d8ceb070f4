"""str.join over n pieces: O(total length)."""
EXPECTED = "O(n)"
ENTRY = "csv_line"


def csv_line(values):
    return ",".join(str(v) for v in values)


def generate(n):
    return (list(range(n)),)
