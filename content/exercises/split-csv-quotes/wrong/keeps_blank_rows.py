# Uses csv.reader (right), then pairs every row with the header by hand. csv.reader returns an
# empty list for a blank line, and zip() of the header with it is an empty dict: every blank line
# adds a {} record. (csv.DictReader skips blank lines.)
import csv
import io


def read_records(text: str) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]
