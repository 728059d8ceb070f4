import unittest

from coin_change import min_coins


class MinCoinsTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(min_coins([1, 2, 5], 11), 3)

    def test_largest_coin_first_is_not_always_best(self):
        self.assertEqual(min_coins([1, 3, 4], 6), 2)
        self.assertEqual(min_coins([25, 10, 1], 30), 3)

    def test_impossible_amount(self):
        self.assertEqual(min_coins([2], 3), -1)
        self.assertEqual(min_coins([2, 5], 3), -1)

    def test_zero_amount(self):
        self.assertEqual(min_coins([5, 10], 0), 0)

    def test_one_coin_value(self):
        self.assertEqual(min_coins([7], 21), 3)
        self.assertEqual(min_coins([1], 1), 1)

    def test_coins_in_any_order(self):
        self.assertEqual(min_coins([5, 1, 2], 11), 3)
        self.assertEqual(min_coins([2, 5], 8), 4)


if __name__ == "__main__":
    unittest.main()
