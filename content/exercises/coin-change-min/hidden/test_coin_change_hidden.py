import unittest

from coin_change import min_coins


class MinCoinsHiddenTest(unittest.TestCase):
    def test_coins_larger_than_the_amount(self):
        self.assertEqual(min_coins([100], 5), -1)
        self.assertEqual(min_coins([100, 3], 9), 3)

    def test_greedy_would_use_thousands_of_coins(self):
        # Greedy pays 3 x 10,000 and then 9,996 ones; four 9,999s are enough.
        self.assertEqual(min_coins([10_000, 9_999, 1], 39_996), 4)

    def test_mixed_denominations(self):
        self.assertEqual(min_coins([186, 419, 83, 408], 6249), 20)
        self.assertEqual(min_coins([1, 7, 10], 14), 2)
        self.assertEqual(min_coins([9, 6, 5, 1], 11), 2)

    def test_does_not_change_the_coins(self):
        coins = [5, 1, 2]
        min_coins(coins, 11)
        self.assertEqual(coins, [5, 1, 2])

    def test_50_000_paid_in_ones(self):
        self.assertEqual(min_coins([1], 50_000), 50_000)

    def test_50_000_with_ten_denominations(self):
        self.assertEqual(min_coins([7, 11, 13, 29, 53, 97, 101, 199, 211, 307], 49_999), 165)

    def test_large_amount_that_cannot_be_paid(self):
        # Every coin is even, the amount is odd.
        self.assertEqual(min_coins([4, 6, 10], 49_999), -1)


if __name__ == "__main__":
    unittest.main()
