# Validates every name, but writes the values into the SQL text with quotes around strings, as in
# "name = 'Ada'". A value containing a quote breaks out of the string literal (SQL injection), and
# escaping quotes by hand is a losing game: use placeholders and let the driver pass the values.
COMPARISONS = {"eq": "=", "ne": "<>", "lt": "<", "le": "<=", "gt": ">", "ge": ">=", "like": "LIKE"}


def literal(value):
    return "'%s'" % value if isinstance(value, str) else str(value)


def build_select(schema, table, *, columns=None, where=None, order_by=None, limit=None):
    if table not in schema:
        raise ValueError(table)
    allowed = set(schema[table])

    def check(column):
        if column not in allowed:
            raise ValueError(column)
        return column

    if columns is not None and not columns:
        raise ValueError("empty columns")
    sql = "SELECT %s FROM %s" % ("*" if columns is None else ", ".join(map(check, columns)), table)
    conditions = []
    for name, value in (where or {}).items():
        column, separator, op = name.partition("__")
        if not separator:
            op = "eq"
        check(column)
        if op == "isnull":
            if not isinstance(value, bool):
                raise ValueError(name)
            conditions.append("%s IS %sNULL" % (column, "" if value else "NOT "))
        elif op == "in":
            if not isinstance(value, (list, tuple)):
                raise ValueError(name)
            conditions.append("%s IN (%s)" % (column, ", ".join(map(literal, value))) if value else "1 = 0")
        elif op in COMPARISONS:
            if value is None:
                if op not in ("eq", "ne"):
                    raise ValueError(name)
                conditions.append("%s IS %sNULL" % (column, "" if op == "eq" else "NOT "))
            else:
                conditions.append("%s %s %s" % (column, COMPARISONS[op], literal(value)))
        else:
            raise ValueError(op)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    if order_by:
        sql += " ORDER BY " + ", ".join(check(t[1:]) + " DESC" if t.startswith("-") else check(t) for t in order_by)
    if limit is not None:
        if type(limit) is not int or limit < 0:
            raise ValueError(limit)
        sql += " LIMIT %d" % limit
    return sql, []
