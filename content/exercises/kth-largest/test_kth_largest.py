import unittest

from kth_largest import kth_largest


class KthLargestTest(unittest.TestCase):
    def test_second_largest(self):
        self.assertEqual(kth_largest([3, 2, 1, 5, 6, 4], 2), 5)

    def test_duplicates_count_separately(self):
        self.assertEqual(kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4), 4)
        self.assertEqual(kth_largest([5, 5, 4], 2), 5)

    def test_single_value(self):
        self.assertEqual(kth_largest([7], 1), 7)

    def test_largest_and_smallest(self):
        nums = [9, -4, 17, 0, 3]
        self.assertEqual(kth_largest(nums, 1), 17)
        self.assertEqual(kth_largest(nums, 5), -4)

    def test_negative_numbers(self):
        self.assertEqual(kth_largest([-1, -1, -3], 3), -3)
        self.assertEqual(kth_largest([-8, -2, -5], 2), -5)

    def test_all_equal(self):
        self.assertEqual(kth_largest([4, 4, 4, 4], 3), 4)


if __name__ == "__main__":
    unittest.main()
