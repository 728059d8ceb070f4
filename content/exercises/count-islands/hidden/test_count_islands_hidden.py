import unittest

from count_islands import count_islands


def serpentine(size):
    """A size x size map holding one island that winds from the top row to the bottom one."""
    rows = []
    for r in range(size):
        if r % 2 == 0:
            rows.append("#" * size)
        elif r % 4 == 1:
            rows.append("." * (size - 1) + "#")  # joined to the next land row on the right
        else:
            rows.append("#" + "." * (size - 1))  # and then on the left
    return rows


class CountIslandsHiddenTest(unittest.TestCase):
    def test_the_map_does_not_wrap_around(self):
        # Stepping left from column 0 or up from row 0 must not reach the opposite edge.
        self.assertEqual(count_islands(["#..#"]), 2)
        self.assertEqual(count_islands(["#", ".", ".", "#"]), 2)
        self.assertEqual(count_islands(["#..#", "....", "#..#"]), 4)

    def test_arms_that_meet_only_further_down(self):
        # Scanning row by row finds two separate tops before reaching the row that joins them.
        grid = [
            "#.#.#",
            "#.#.#",
            "#####",
        ]
        self.assertEqual(count_islands(grid), 1)
        self.assertEqual(count_islands(["..#", "..#", "###", "#.."]), 1)

    def test_a_spiral_is_one_island(self):
        grid = [
            "#######",
            "......#",
            "#####.#",
            "#...#.#",
            "#.###.#",
            "#.....#",
            "#######",
        ]
        self.assertEqual(count_islands(grid), 1)

    def test_does_not_change_the_map(self):
        grid = ["##.", ".#.", "..#"]
        self.assertEqual(count_islands(grid), 2)
        self.assertEqual(grid, ["##.", ".#.", "..#"])

    def test_one_winding_island_of_125_000_cells(self):
        # Far deeper than the recursion limit for a recursive flood fill.
        self.assertEqual(count_islands(serpentine(499)), 1)

    def test_a_500_by_500_checkerboard_of_125_000_islands(self):
        grid = ["#." * 250 if r % 2 == 0 else ".#" * 250 for r in range(500)]
        self.assertEqual(count_islands(grid), 125_000)

    def test_a_500_by_500_map_of_small_blocks(self):
        # 2 x 2 blocks of land separated by one row and one column of water.
        grid = ["".join("#" if r % 3 < 2 and c % 3 < 2 else "." for c in range(500)) for r in range(500)]
        self.assertEqual(count_islands(grid), 167 * 167)


if __name__ == "__main__":
    unittest.main()
