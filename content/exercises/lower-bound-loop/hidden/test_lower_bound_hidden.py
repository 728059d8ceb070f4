import bisect
import unittest

from lower_bound import count_between, lower_bound
from test_lower_bound import ReadLimitedList, count, find


class LowerBoundHiddenTest(unittest.TestCase):
    def test_every_target_of_small_lists_with_duplicates(self):
        for n in range(0, 12):
            values = [v // 3 * 2 for v in range(n)]  # 0, 0, 0, 2, 2, 2, 4, ...
            for target in range(-2, (n // 3) * 2 + 4):
                with self.subTest(values=values, target=target):
                    self.assertEqual(find(values, target), bisect.bisect_left(values, target))

    def test_negative_numbers(self):
        self.assertEqual(find([-9, -4, -4, 0, 6], -4), 1)
        self.assertEqual(find([-9, -4, -4, 0, 6], -5), 1)
        self.assertEqual(count([-9, -4, -4, 0, 6], -10, -1), 3)

    def test_wide_ranges(self):
        self.assertEqual(find([10, 20, 30], 25), 2)
        self.assertEqual(count([10, 20, 30], 10, 30), 3)
        self.assertEqual(count([10, 20, 30], -(10**9), 10**9), 3)

    def test_count_every_range_of_a_small_list(self):
        values = [1, 1, 2, 4, 4, 4, 7, 9, 9]
        for low in range(0, 11):
            for high in range(low, 11):
                with self.subTest(low=low, high=high):
                    self.assertEqual(count(values, low, high), sum(low <= v <= high for v in values))

    def test_does_not_change_the_list(self):
        values = ReadLimitedList([1, 3, 3, 8], searches=3)
        lower_bound(values, 3)
        count_between(values, 2, 8)
        self.assertTrue(values == [1, 3, 3, 8], "the list was changed")

    def test_a_million_items(self):
        n = 1_000_000
        values = ReadLimitedList(range(0, 3 * n, 3))  # 0, 3, 6, ...
        for target in [-5, 0, 1, 3, 1_500_000, 1_500_001, 3 * n - 3, 3 * n - 2, 3 * n + 10]:
            with self.subTest(target=target):
                values.reads = 0
                expected = min(n, max(0, (target + 2) // 3))
                self.assertEqual(lower_bound(values, target), expected)

    def test_a_million_items_with_long_runs(self):
        n = 1_000_000
        values = ReadLimitedList([v // 250_000 for v in range(n)], searches=2)  # 0s, 1s, 2s, 3s
        for low, high, expected in [(1, 2, 500_000), (3, 3, 250_000), (0, 3, n), (4, 9, 0), (-3, -1, 0)]:
            with self.subTest(low=low, high=high):
                values.reads = 0
                self.assertEqual(count_between(values, low, high), expected)


if __name__ == "__main__":
    unittest.main()
