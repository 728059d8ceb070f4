import unittest

from grid_shortest_path import shortest_path


def serpentine(size):
    """A size x size maze whose walls force one long zigzag path from the top left corner."""
    rows = []
    for r in range(size):
        if r % 2 == 0:
            rows.append(["."] * size)
        elif r % 4 == 1:
            rows.append(["#"] * (size - 1) + ["."])  # gap at the right end
        else:
            rows.append(["."] + ["#"] * (size - 1))  # gap at the left end
    return rows


class ShortestPathHiddenTest(unittest.TestCase):
    def test_the_grid_does_not_wrap_around(self):
        # Stepping left from S or up from S would wrap to the other edge if r or c became -1.
        self.assertEqual(shortest_path(["S#.", ".#.", ".#E"]), -1)
        self.assertEqual(shortest_path([".#S", "##.", "E#."]), -1)

    def test_the_first_path_found_is_not_always_the_shortest(self):
        # Two mirror images: whichever neighbour a depth-first search tries first, in one of
        # them it walks around the wall (6 steps) before trying the direct route (2 steps).
        self.assertEqual(shortest_path(["S..", ".#.", "E.."]), 2)
        self.assertEqual(shortest_path(["S.E", ".#.", "..."]), 2)

    def test_start_enclosed_by_walls(self):
        self.assertEqual(shortest_path(["###", "#S#", "###", "..E"]), -1)

    def test_end_enclosed_by_walls(self):
        self.assertEqual(shortest_path(["S....", "...#.", "..#E#", "...#."]), -1)

    def test_single_column(self):
        self.assertEqual(shortest_path(["S", ".", ".", ".", "E"]), 4)

    def test_does_not_change_the_grid(self):
        grid = ["S..", ".#.", "..E"]
        shortest_path(grid)
        self.assertEqual(grid, ["S..", ".#.", "..E"])

    def test_open_500_by_500_grid_corner_to_corner(self):
        grid = ["." * 500 for _ in range(500)]
        grid[0] = "S" + grid[0][1:]
        grid[-1] = grid[-1][:-1] + "E"
        self.assertEqual(shortest_path(grid), 998)

    def test_500_by_500_zigzag_maze(self):
        size = 499  # odd, so the last row is open
        rows = serpentine(size)
        rows[0][0] = "S"
        # 250 open rows of 499 cells, joined by 249 one-cell gaps: the path walks all of them.
        last_row = size - 1
        end_col = size - 1 if (last_row // 2) % 2 == 0 else 0
        rows[last_row][end_col] = "E"
        expected = (last_row // 2 + 1) * (size - 1) + last_row
        self.assertEqual(shortest_path(["".join(row) for row in rows]), expected)


if __name__ == "__main__":
    unittest.main()
