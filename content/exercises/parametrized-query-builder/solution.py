from collections.abc import Mapping
from typing import Any

COMPARISONS = {"eq": "=", "ne": "<>", "lt": "<", "le": "<=", "gt": ">", "ge": ">=", "like": "LIKE"}
OPERATORS = set(COMPARISONS) | {"in", "isnull"}


def _check_column(allowed: frozenset[str], table: str, column: str) -> str:
    if column not in allowed:  # the allow-list is the only thing that makes identifiers safe
        raise ValueError("unknown column %r for table %r" % (column, table))
    return column


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
    if not isinstance(table, str) or table not in schema:
        raise ValueError("unknown table %r" % (table,))
    allowed = frozenset(schema[table])
    params: list[Any] = []

    if columns is None:
        select = "*"
    else:
        if not columns:
            raise ValueError("columns must not be empty")
        select = ", ".join(_check_column(allowed, table, column) for column in columns)
    sql = "SELECT %s FROM %s" % (select, table)

    conditions = []
    for name, value in (where or {}).items():
        column, separator, op = name.partition("__")
        if not separator:
            op = "eq"
        if op not in OPERATORS:
            raise ValueError("unknown operator %r in %r" % (op, name))
        _check_column(allowed, table, column)
        if op == "isnull":
            if not isinstance(value, bool):
                raise ValueError("%s expects True or False" % name)
            conditions.append("%s IS %sNULL" % (column, "" if value else "NOT "))
        elif op == "in":
            if not isinstance(value, (list, tuple)):
                raise ValueError("%s expects a list or tuple" % name)  # a str would be split into letters
            if value:
                conditions.append("%s IN (%s)" % (column, ", ".join("?" * len(value))))
                params.extend(value)
            else:
                conditions.append("1 = 0")  # IN () is not valid SQL; nothing matches
        elif value is None:
            # "= NULL" is never true in SQL: NULL compares as unknown. Only IS [NOT] NULL works.
            if op not in ("eq", "ne"):
                raise ValueError("%s cannot compare with None" % name)
            conditions.append("%s IS %sNULL" % (column, "" if op == "eq" else "NOT "))
        else:
            conditions.append("%s %s ?" % (column, COMPARISONS[op]))
            params.append(value)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)

    if order_by:
        terms = []
        for term in order_by:
            descending = term.startswith("-")
            column = _check_column(allowed, table, term[1:] if descending else term)
            terms.append(column + (" DESC" if descending else ""))
        sql += " ORDER BY " + ", ".join(terms)

    if limit is not None:
        if type(limit) is not int or limit < 0:
            raise ValueError("limit must be a non-negative int")
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params
