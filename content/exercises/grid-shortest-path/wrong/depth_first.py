# Uses a stack (list.pop() takes the LAST cell added), so this is a depth-first search: it
# returns the length of the first path it completes, which is not necessarily the shortest.
def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    seen = {start}
    stack = [(start[0], start[1], 0)]
    while stack:
        r, c, steps = stack.pop()
        if grid[r][c] == "E":
            return steps
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and grid[nr][nc] != "#":
                seen.add((nr, nc))
                stack.append((nr, nc, steps + 1))
    return -1
