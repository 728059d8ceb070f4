import unittest

from grid_shortest_path import shortest_path


class ShortestPathTest(unittest.TestCase):
    def test_straight_line(self):
        self.assertEqual(shortest_path(["S.E"]), 2)

    def test_around_a_wall(self):
        self.assertEqual(shortest_path(["S#.", "...", ".#E"]), 4)

    def test_blocked(self):
        self.assertEqual(shortest_path(["S#E"]), -1)

    def test_no_diagonal_moves(self):
        self.assertEqual(shortest_path(["S.#", "##.", "..E"]), -1)

    def test_neighbours(self):
        self.assertEqual(shortest_path(["SE"]), 1)
        self.assertEqual(shortest_path(["E", "S"]), 1)

    def test_shortest_of_several_paths(self):
        grid = [
            "S...#",
            ".##.#",
            ".#..E",
            "...#.",
        ]
        # Right along the top and down the fourth column: 3 + 2 + 1 = 6 steps.
        self.assertEqual(shortest_path(grid), 6)


if __name__ == "__main__":
    unittest.main()
