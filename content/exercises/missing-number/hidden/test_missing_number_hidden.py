import random
import unittest

from missing_number import missing_number


def shuffled_without(n, missing, seed):
    nums = [x for x in range(n + 1) if x != missing]
    random.Random(seed).shuffle(nums)
    return nums


def scrambled_without(n, missing):
    """0..n in a scrambled order (7919 is prime and does not divide n + 1), without missing."""
    assert (n + 1) % 7919 != 0
    return [x for x in ((i * 7919) % (n + 1) for i in range(n + 1)) if x != missing]


class MissingNumberHiddenTest(unittest.TestCase):
    def test_every_position_in_small_ranges(self):
        for n in range(1, 12):
            for missing in range(n + 1):
                with self.subTest(n=n, missing=missing):
                    nums = shuffled_without(n, missing, seed=n * 100 + missing)
                    self.assertEqual(missing_number(nums), missing)

    def test_sorted_descending(self):
        self.assertEqual(missing_number([5, 4, 3, 2, 1]), 0)
        self.assertEqual(missing_number([5, 4, 3, 1, 0]), 2)

    def test_returns_an_int(self):
        result = missing_number([0, 2])
        self.assertIsInstance(result, int)
        self.assertEqual(result, 1)

    def test_300_000_numbers_missing_the_last(self):
        n = 300_000
        self.assertEqual(missing_number(list(range(n))), n)

    def test_300_000_scrambled_numbers(self):
        n = 300_000
        nums = scrambled_without(n, 123_457)
        copy = list(nums)
        self.assertEqual(missing_number(nums), 123_457)
        self.assertTrue(nums == copy, "the list must not be changed")

    def test_300_000_numbers_missing_zero(self):
        n = 300_000
        self.assertEqual(missing_number(list(range(n, 0, -1))), 0)


if __name__ == "__main__":
    unittest.main()
