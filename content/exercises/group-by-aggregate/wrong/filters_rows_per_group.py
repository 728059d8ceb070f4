# Finds the distinct keys first, then filters all the rows once per key. Each group costs a full
# pass over the rows: O(rows × groups), 1.6 billion row visits for 80,000 rows in 20,000 groups.
def group_by(rows, keys, aggregations):
    key_columns = [keys] if isinstance(keys, str) else list(keys)
    if not key_columns:
        raise ValueError("no keys")
    for output, (column, function) in aggregations.items():
        if function not in ("sum", "mean", "count", "min", "max") or output in key_columns:
            raise ValueError(output)
    rows = list(rows)

    def key_of(row):
        return tuple(row.get(name) for name in key_columns)

    result = []
    for key in sorted({key_of(row) for row in rows if None not in key_of(row)}):
        members = [row for row in rows if key_of(row) == key]
        out = dict(zip(key_columns, key))
        for output, (column, function) in aggregations.items():
            values = [row[column] for row in members if row.get(column) is not None]
            if function == "sum":
                out[output] = sum(values)
            elif function == "count":
                out[output] = len(values)
            elif function == "mean":
                out[output] = sum(values) / len(values) if values else None
            elif function == "min":
                out[output] = min(values) if values else None
            else:
                out[output] = max(values) if values else None
        result.append(out)
    return result
