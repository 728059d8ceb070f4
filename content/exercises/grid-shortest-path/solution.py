from collections import deque


def shortest_path(grid: list[str]) -> int:
    """Return the fewest steps from S to E through open cells (up, down, left, right), or -1."""
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    seen = [[False] * cols for _ in range(rows)]
    seen[start[0]][start[1]] = True
    queue = deque([(start[0], start[1], 0)])  # cells in order of their distance from S
    while queue:
        r, c, steps = queue.popleft()
        if grid[r][c] == "E":
            return steps
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] != "#":
                seen[nr][nc] = True  # mark on entry, so no cell is queued twice
                queue.append((nr, nc, steps + 1))
    return -1
