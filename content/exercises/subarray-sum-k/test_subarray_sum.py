import unittest

from subarray_sum import count_subarrays


class CountSubarraysTest(unittest.TestCase):
    def test_overlapping_runs(self):
        self.assertEqual(count_subarrays([1, 1, 1], 2), 2)

    def test_runs_of_different_lengths(self):
        self.assertEqual(count_subarrays([1, 2, 3], 3), 2)

    def test_negative_numbers(self):
        self.assertEqual(count_subarrays([1, -1, 0], 0), 3)
        self.assertEqual(count_subarrays([3, 4, 7, 2, -3, 1, 4, 2], 7), 4)

    def test_zeros(self):
        self.assertEqual(count_subarrays([0, 0, 0], 0), 6)

    def test_empty_list(self):
        self.assertEqual(count_subarrays([], 4), 0)
        self.assertEqual(count_subarrays([], 0), 0)

    def test_single_number(self):
        self.assertEqual(count_subarrays([5], 5), 1)
        self.assertEqual(count_subarrays([5], 4), 0)

    def test_run_starting_at_the_first_number(self):
        self.assertEqual(count_subarrays([2, 3, 9], 5), 1)


if __name__ == "__main__":
    unittest.main()
