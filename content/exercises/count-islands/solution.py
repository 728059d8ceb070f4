def count_islands(grid: list[str]) -> int:
    """Return the number of islands of '#' cells in grid, joined up, down, left and right."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            islands += 1  # land that no earlier island reached: a new island
            seen[r][c] = True
            stack = [(r, c)]  # an explicit stack instead of recursion: no depth limit
            while stack:
                cr, cc = stack.pop()
                for nr, nc in ((cr - 1, cc), (cr + 1, cc), (cr, cc - 1), (cr, cc + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] == "#":
                        seen[nr][nc] = True  # mark when pushed, so no cell is pushed twice
                        stack.append((nr, nc))
    return islands
