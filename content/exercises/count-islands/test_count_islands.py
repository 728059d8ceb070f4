import unittest

from count_islands import count_islands


class CountIslandsTest(unittest.TestCase):
    def test_the_example(self):
        grid = [
            "##...",
            "##..#",
            "...##",
            "#....",
        ]
        self.assertEqual(count_islands(grid), 3)

    def test_diagonal_neighbours_do_not_join(self):
        self.assertEqual(count_islands(["#.#", ".#.", "#.#"]), 5)

    def test_an_island_inside_a_lagoon(self):
        grid = [
            "#####",
            "#...#",
            "#.#.#",
            "#...#",
            "#####",
        ]
        self.assertEqual(count_islands(grid), 2)

    def test_only_water(self):
        self.assertEqual(count_islands(["....", "...."]), 0)

    def test_only_land(self):
        self.assertEqual(count_islands(["###", "###"]), 1)

    def test_empty_map(self):
        self.assertEqual(count_islands([]), 0)

    def test_single_cell(self):
        self.assertEqual(count_islands(["#"]), 1)
        self.assertEqual(count_islands(["."]), 0)

    def test_single_row_and_single_column(self):
        self.assertEqual(count_islands(["##.#..###"]), 3)
        self.assertEqual(count_islands(["#", "#", ".", "#"]), 2)


if __name__ == "__main__":
    unittest.main()
