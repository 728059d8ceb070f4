import unittest

from rain_water import trapped_water


class TrappedWaterTest(unittest.TestCase):
    def test_the_first_example(self):
        self.assertEqual(trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), 6)

    def test_the_second_example(self):
        self.assertEqual(trapped_water([4, 2, 0, 3, 2, 5]), 9)

    def test_one_dip(self):
        self.assertEqual(trapped_water([2, 0, 2]), 2)

    def test_water_runs_off_a_slope(self):
        self.assertEqual(trapped_water([1, 2, 3, 4]), 0)
        self.assertEqual(trapped_water([4, 3, 2, 1]), 0)

    def test_empty_and_tiny_rows(self):
        self.assertEqual(trapped_water([]), 0)
        self.assertEqual(trapped_water([5]), 0)
        self.assertEqual(trapped_water([5, 1]), 0)

    def test_no_walls_at_the_ends(self):
        self.assertEqual(trapped_water([0, 5, 0]), 0)

    def test_flat_row(self):
        self.assertEqual(trapped_water([3, 3, 3, 3]), 0)


if __name__ == "__main__":
    unittest.main()
