def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the overlapping (or touching) closed intervals merged, sorted by start."""
    pass
