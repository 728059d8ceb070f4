# A correct breadth-first search, but the visited cells are kept in a list: `in` scans the whole
# list, so every check costs O(cells) and the search O(cells²), billions of steps on 250,000
# cells. A set (or a 2-D list of booleans) makes the check O(1).
from collections import deque


def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    visited = [start]
    queue = deque([(start[0], start[1], 0)])
    while queue:
        r, c, steps = queue.popleft()
        if grid[r][c] == "E":
            return steps
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                if (nr, nc) not in visited:
                    visited.append((nr, nc))
                    queue.append((nr, nc, steps + 1))
    return -1
