# Sinks each island as it goes, the classic trick to avoid a visited set. The rows are strings,
# which cannot be changed, so it replaces them with lists in the caller's own `grid`: afterwards
# the map is a list of lists of water. The caller's data must be left alone.
def count_islands(grid: list[str]) -> int:
    for r in range(len(grid)):
        grid[r] = list(grid[r])
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#":
                continue
            islands += 1
            grid[r][c] = "."
            stack = [(r, c)]
            while stack:
                cr, cc = stack.pop()
                for nr, nc in ((cr - 1, cc), (cr + 1, cc), (cr, cc - 1), (cr, cc + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "#":
                        grid[nr][nc] = "."
                        stack.append((nr, nc))
    return islands
