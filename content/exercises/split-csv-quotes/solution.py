import csv
import io


def read_records(text: str) -> list[dict[str, str]]:
    """Parse CSV text whose first line is a header; return one dict per data row."""
    # csv handles quoted commas, doubled quotes, line breaks inside quotes, \r\n endings and
    # blank lines. It reads from a file-like object: io.StringIO wraps the string as one, and
    # (like open(..., newline="")) leaves the line endings for csv to interpret.
    return [dict(row) for row in csv.DictReader(io.StringIO(text))]
