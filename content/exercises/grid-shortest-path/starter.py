def shortest_path(grid: list[str]) -> int:
    """Return the fewest steps from S to E through open cells (up, down, left, right), or -1."""
    pass
