import unittest

from merge_intervals import merge


class MergeTest(unittest.TestCase):
    def test_overlapping_pair_among_others(self):
        self.assertEqual(
            merge([(1, 3), (2, 6), (8, 10), (15, 18)]), [(1, 6), (8, 10), (15, 18)]
        )

    def test_touching_intervals_merge(self):
        self.assertEqual(merge([(1, 3), (3, 5)]), [(1, 5)])

    def test_separate_intervals_stay_apart(self):
        self.assertEqual(merge([(1, 2), (3, 4)]), [(1, 2), (3, 4)])

    def test_unsorted_input(self):
        self.assertEqual(merge([(8, 10), (1, 4), (2, 3)]), [(1, 4), (8, 10)])

    def test_interval_inside_another(self):
        self.assertEqual(merge([(1, 10), (2, 3), (4, 5)]), [(1, 10)])

    def test_empty_list(self):
        self.assertEqual(merge([]), [])

    def test_single_interval(self):
        self.assertEqual(merge([(4, 7)]), [(4, 7)])

    def test_input_is_not_changed(self):
        intervals = [(5, 6), (1, 3), (2, 4)]
        merge(intervals)
        self.assertEqual(intervals, [(5, 6), (1, 3), (2, 4)])


if __name__ == "__main__":
    unittest.main()
