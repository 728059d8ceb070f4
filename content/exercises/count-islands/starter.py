def count_islands(grid: list[str]) -> int:
    """Return the number of islands of '#' cells in grid, joined up, down, left and right."""
    pass
