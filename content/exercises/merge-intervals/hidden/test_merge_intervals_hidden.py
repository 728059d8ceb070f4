import random
import unittest

from merge_intervals import merge


class MergeHiddenTest(unittest.TestCase):
    def assert_same_intervals(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected), "number of merged intervals")
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("merged interval #%d: expected %r, got %r" % (i, wanted, actual))

    def test_chain_in_reverse_order(self):
        self.assertEqual(merge([(7, 9), (5, 7), (3, 5), (1, 3)]), [(1, 9)])

    def test_later_interval_ends_before_the_current_end(self):
        self.assertEqual(merge([(1, 10), (2, 3), (9, 12)]), [(1, 12)])

    def test_same_start_different_ends(self):
        self.assertEqual(merge([(1, 4), (1, 2), (6, 6)]), [(1, 4), (6, 6)])

    def test_point_intervals(self):
        self.assertEqual(merge([(2, 2), (2, 2)]), [(2, 2)])
        self.assertEqual(merge([(3, 3), (1, 3)]), [(1, 3)])
        self.assertEqual(merge([(1, 1), (2, 2)]), [(1, 1), (2, 2)])

    def test_negative_numbers(self):
        self.assertEqual(
            merge([(-5, -3), (-4, 0), (1, 2), (-10, -8)]), [(-10, -8), (-5, 0), (1, 2)]
        )

    def test_duplicates(self):
        self.assertEqual(merge([(1, 5), (1, 5), (1, 5)]), [(1, 5)])

    def test_returns_tuples(self):
        result = merge([(3, 4), (1, 2)])
        self.assertEqual(result, [(1, 2), (3, 4)])
        self.assertTrue(all(type(interval) is tuple for interval in result))

    def test_200_000_intervals_in_50_000_groups(self):
        # Each group of four becomes (b, b + 5): two pieces only touch, one lies inside another.
        intervals = []
        for k in range(50_000):
            b = 10 * k - 250_000
            intervals += [(b, b + 2), (b + 2, b + 4), (b + 1, b + 2), (b + 4, b + 5)]
        random.Random(7).shuffle(intervals)
        original = list(intervals)
        expected = [(10 * k - 250_000, 10 * k - 250_000 + 5) for k in range(50_000)]
        self.assert_same_intervals(merge(intervals), expected)
        self.assertTrue(intervals == original, "merge changed its input")

    def test_200_000_touching_intervals_become_one(self):
        intervals = [(i, i + 1) for i in range(200_000)]
        random.Random(11).shuffle(intervals)
        original = list(intervals)
        self.assert_same_intervals(merge(intervals), [(0, 200_000)])
        self.assertTrue(intervals == original, "merge changed its input")


if __name__ == "__main__":
    unittest.main()
