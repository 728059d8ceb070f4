# Compares values with the missing markers exactly as written in the statement. Real exports write
# "na", "N/a" or "NULL" too; those reach float() and raise ValueError instead of counting as missing.
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
            value = row[i].strip() if i < len(row) else ""
            if value in ("", "NA", "N/A", "null"):
                totals[name]["missing"] += 1
            else:
                totals[name]["total"] += float(value.replace(",", ""))
                totals[name]["count"] += 1
    return totals
