def column_totals(text: str, columns: list[str]) -> dict[str, dict[str, float | int]]:
    """Sum the requested numeric columns of a CSV text whose first row is the header.

    Return {column: {"total": float, "count": int, "missing": int}}. Empty values, NA, N/A and null
    are missing; commas inside a value are thousands separators.
    """
    pass
