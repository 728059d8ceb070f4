# Treats an empty field as 0 instead of a missing value. The total is still right, but count
# includes the empty fields and missing only counts the short rows, so any average computed from
# the result would be too low.
import csv
import io


def column_totals(text, columns):
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    header = [name.strip() for name in next(reader, [])]
    position = {name: i for i, name in enumerate(header)}
    wanted = [(name, position[name]) for name in columns]
    totals = {name: {"total": 0.0, "count": 0, "missing": 0} for name in columns}
    for row in reader:
        if not row:
            continue
        if len(row) > len(header):
            raise ValueError("too many fields")
        for name, i in wanted:
            if i >= len(row):
                totals[name]["missing"] += 1
                continue
            value = row[i].strip() or "0"
            if value.upper() in ("NA", "N/A", "NULL"):
                totals[name]["missing"] += 1
            else:
                totals[name]["total"] += float(value.replace(",", ""))
                totals[name]["count"] += 1
    return totals
