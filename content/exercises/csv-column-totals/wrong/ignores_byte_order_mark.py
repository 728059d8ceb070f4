# Uses csv.reader correctly, but a file saved by a spreadsheet can start with a byte-order mark.
# The first header name is then "\ufeffqty", not "qty", and looking up the first column fails with
# a KeyError although the column is there.
import csv
import io


def column_totals(text, columns):
    reader = csv.reader(io.StringIO(text))
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
            value = row[i].strip() if i < len(row) else ""
            if value.upper() in ("", "NA", "N/A", "NULL"):
                totals[name]["missing"] += 1
            else:
                totals[name]["total"] += float(value.replace(",", ""))
                totals[name]["count"] += 1
    return totals
