# The textbook recursive flood fill. Correct on small maps, but one call is nested per cell along
# a winding island: 125,000 levels deep, where Python stops at about 1,000 with RecursionError.
def count_islands(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()

    def sink(r, c):
        if not (0 <= r < rows and 0 <= c < cols) or grid[r][c] != "#" or (r, c) in seen:
            return
        seen.add((r, c))
        sink(r - 1, c)
        sink(r + 1, c)
        sink(r, c - 1)
        sink(r, c + 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#" and (r, c) not in seen:
                islands += 1
                sink(r, c)
    return islands
