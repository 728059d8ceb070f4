import csv
import io

MISSING = {"", "NA", "N/A", "NULL"}


def column_totals(text: str, columns: list[str]) -> dict[str, dict[str, float | int]]:
    """Sum the requested numeric columns of a CSV text whose first row is the header.

    Return {column: {"total": float, "count": int, "missing": int}}. Empty values, NA, N/A and null
    are missing; commas inside a value are thousands separators.
    """
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    header = [name.strip() for name in next(reader, [])]
    position = {name: i for i, name in enumerate(header)}
    wanted = [(name, position[name]) for name in columns]  # KeyError for an unknown column

    totals = {name: {"total": 0.0, "count": 0, "missing": 0} for name in columns}
    for row in reader:
        if not row:
            continue  # a blank line
        if len(row) > len(header):
            raise ValueError("row %d has %d fields, the header only %d" % (reader.line_num, len(row), len(header)))
        for name, i in wanted:
            value = row[i].strip() if i < len(row) else ""
            stats = totals[name]
            if value.upper() in MISSING:
                stats["missing"] += 1
            else:
                stats["total"] += float(value.replace(",", ""))
                stats["count"] += 1
    return totals
