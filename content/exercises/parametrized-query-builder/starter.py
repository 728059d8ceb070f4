from collections.abc import Mapping
from typing import Any


def build_select(
    schema: Mapping[str, Any],
    table: str,
    *,
    columns: list[str] | None = None,
    where: Mapping[str, Any] | None = None,
    order_by: list[str] | None = None,
    limit: int | None = None,
) -> tuple[str, list[Any]]:
    """Build a parametrised SELECT: return (sql, params), values only ever in params.

    Table and column names must be in schema (table -> allowed column names). where maps
    "column" or "column__op" to a value; op is eq, ne, lt, le, gt, ge, like, in or isnull.
    """
    pass
