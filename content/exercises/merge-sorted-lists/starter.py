def merge_sorted(a: list[float], b: list[float]) -> list[float]:
    """Return a new sorted list with the values of the sorted lists a and b (a's first on ties)."""
    pass
