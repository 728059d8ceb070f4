# Splits every line with str.split(","). Quoted fields break: "1,200.50" becomes two fields, a note
# with a comma shifts every later column, and a quoted line break starts a new "row".
def column_totals(text, columns):
    lines = text.removeprefix("\ufeff").split("\n")
    header = [name.strip() for name in lines[0].split(",")]
    wanted = [(name, header.index(name)) if name in header else (name, None) for name in columns]
    for name, i in wanted:
        if i is None:
            raise KeyError(name)
    totals = {name: {"total": 0.0, "count": 0, "missing": 0} for name in columns}
    for line in lines[1:]:
        if not line.strip():
            continue
        row = [field.strip().strip('"') for field in line.split(",")]
        if len(row) > len(header):
            raise ValueError("too many fields")
        for name, i in wanted:
            value = row[i] if i < len(row) else ""
            if value.upper() in ("", "NA", "N/A", "NULL"):
                totals[name]["missing"] += 1
            else:
                totals[name]["total"] += float(value)
                totals[name]["count"] += 1
    return totals
