# Uses the csv module, but feeds it text.splitlines(). csv can still join a quoted field that spans
# two lines, but the line break itself was already removed by splitlines, so "12 Main St\nLondon"
# comes back as "12 Main StLondon".
import csv


def read_records(text: str) -> list[dict[str, str]]:
    return [dict(row) for row in csv.DictReader(text.splitlines())]
