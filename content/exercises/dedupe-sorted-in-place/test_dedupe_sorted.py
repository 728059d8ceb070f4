import unittest

from dedupe_sorted import dedupe_sorted


class DedupeSortedTest(unittest.TestCase):
    def check(self, nums, expected):
        before = nums
        length = dedupe_sorted(nums)
        self.assertIs(nums, before)
        self.assertEqual(nums, expected, "the caller's list must hold the distinct values")
        self.assertEqual(length, len(expected))

    def test_one_pair(self):
        self.check([1, 1, 2], [1, 2])

    def test_several_runs(self):
        self.check([0, 0, 1, 1, 1, 2, 2, 3, 3, 4], [0, 1, 2, 3, 4])

    def test_no_duplicates(self):
        self.check([1, 2, 3], [1, 2, 3])

    def test_all_the_same(self):
        self.check([5, 5, 5, 5], [5])

    def test_empty_list(self):
        self.check([], [])

    def test_single_value(self):
        self.check([7], [7])

    def test_duplicates_at_the_end(self):
        self.check([1, 2, 3, 3], [1, 2, 3])

    def test_the_callers_list_changes(self):
        nums = [2, 2, 3]
        dedupe_sorted(nums)
        self.assertEqual(nums, [2, 3])


if __name__ == "__main__":
    unittest.main()
