# Tests values for truth (`if value:`) instead of `is not None`, so 0 is treated as missing: it is
# left out of count and mean, and a minimum of 0 is never found.
from collections import defaultdict


def group_by(rows, keys, aggregations):
    key_columns = [keys] if isinstance(keys, str) else list(keys)
    if not key_columns:
        raise ValueError("no keys")
    for output, (column, function) in aggregations.items():
        if function not in ("sum", "mean", "count", "min", "max") or output in key_columns:
            raise ValueError(output)
    groups = defaultdict(list)
    for row in rows:
        key = tuple(row.get(name) for name in key_columns)
        if None not in key:
            groups[key].append(row)
    result = []
    for key in sorted(groups):
        members = groups[key]
        out = dict(zip(key_columns, key))
        for output, (column, function) in aggregations.items():
            values = [row[column] for row in members if row.get(column)]
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
