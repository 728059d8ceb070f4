from collections.abc import Iterable
from typing import Any

FUNCTIONS = {"sum", "mean", "count", "min", "max"}
TOTAL, COUNT, LOW, HIGH = range(4)  # the running statistics kept per group and column


def _result(stats: list[Any], function: str) -> Any:
    if function == "sum":
        return stats[TOTAL]
    if function == "count":
        return stats[COUNT]
    if function == "mean":
        return stats[TOTAL] / stats[COUNT] if stats[COUNT] else None
    return stats[LOW] if function == "min" else stats[HIGH]


def group_by(
    rows: Iterable[dict[str, Any]],
    keys: str | list[str],
    aggregations: dict[str, tuple[str, str]],
) -> list[dict[str, Any]]:
    """Group rows by the key columns and aggregate, like df.groupby(keys).agg(**aggregations).

    aggregations maps an output name to (column, function), function being sum, mean, count, min
    or max. None and missing values are skipped; rows with a None or missing key are dropped.
    Return one dict per group, sorted by key: the key columns, then the aggregations.
    """
    key_columns = [keys] if isinstance(keys, str) else list(keys)
    if not key_columns:
        raise ValueError("at least one key column is needed")
    for output, (column, function) in aggregations.items():
        if function not in FUNCTIONS:
            raise ValueError("unknown aggregation %r for %r" % (function, output))
        if output in key_columns:
            raise ValueError("output name %r is also a key column" % output)
    # Each column is summarised once, however many aggregations use it.
    columns = list(dict.fromkeys(column for column, _ in aggregations.values()))

    # One pass: group key -> [[total, count, low, high] for each column].
    groups: dict[tuple[Any, ...], list[list[Any]]] = {}
    for row in rows:
        key = tuple(map(row.get, key_columns))
        if None in key:
            continue  # like pandas' dropna=True
        group = groups.get(key)
        if group is None:
            group = groups[key] = [[0, 0, None, None] for _ in columns]
        for stats, column in zip(group, columns):
            value = row.get(column)
            if value is None:
                continue  # a missing value is skipped by every function
            stats[TOTAL] += value
            stats[COUNT] += 1
            if stats[LOW] is None or value < stats[LOW]:
                stats[LOW] = value
            if stats[HIGH] is None or value > stats[HIGH]:
                stats[HIGH] = value

    index = {column: i for i, column in enumerate(columns)}
    result = []
    for key in sorted(groups):
        group = groups[key]
        out = dict(zip(key_columns, key))
        for output, (column, function) in aggregations.items():
            out[output] = _result(group[index[column]], function)
        result.append(out)
    return result
