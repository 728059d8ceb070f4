from collections.abc import Iterable
from typing import Any


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
    pass
