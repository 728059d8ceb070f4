# n = the number of cells (a grid about sqrt(n) x sqrt(n)): expected O(n) in n, i.e.
# O(rows·cols). S is in the top-left corner and E in the bottom-right one, the farthest cell,
# so the search visits nearly every cell before it reaches E.


def generate(n):
    """An open grid of about n cells, with a few walls that never block the way."""
    rows = max(2, int(n**0.5))
    cols = max(2, n // rows)
    grid = []
    for r in range(rows):
        row = ["#" if r % 4 == 1 and c % 4 == 2 else "." for c in range(cols)]
        grid.append(row)
    grid[0][0] = "S"
    grid[rows - 1][cols - 1] = "E"
    return (["".join(row) for row in grid],)
