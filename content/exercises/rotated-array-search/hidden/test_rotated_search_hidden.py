import unittest

from rotated_search import search_rotated
from test_rotated_search import ReadCountingList, rotated


class SearchRotatedHiddenTest(unittest.TestCase):
    def test_every_rotation_and_target_of_small_lists(self):
        for n in range(1, 13):
            values = [3 * i for i in range(n)]
            for shift in range(n):
                nums = rotated(values, shift)
                for target in range(-3, 3 * n + 1):
                    with self.subTest(n=n, shift=shift, target=target):
                        expected = nums.index(target) if target in nums else -1
                        self.assertEqual(search_rotated(ReadCountingList(nums), target), expected)

    def test_negative_numbers(self):
        nums = [-3, 0, 8, 15, -40, -22, -9]
        for i, value in enumerate(nums):
            self.assertEqual(search_rotated(nums, value), i)
        self.assertEqual(search_rotated(nums, -10), -1)

    def test_does_not_change_the_list(self):
        nums = [30, 40, 10, 20]
        search_rotated(nums, 10)
        search_rotated(nums, 25)
        self.assertEqual(nums, [30, 40, 10, 20])

    def test_a_million_elements_with_few_reads(self):
        n = 1_000_000
        values = list(range(0, 2 * n, 2))
        for shift in [0, 1, 123_457, n // 2, n - 1]:
            nums = ReadCountingList(rotated(values, shift))
            for target in [0, 2, 2 * shift, 2 * shift - 2, 2 * n - 2, 999_999, -1, 2 * n]:
                with self.subTest(shift=shift, target=target):
                    nums.reads = 0
                    if target % 2 == 0 and 0 <= target < 2 * n:
                        expected = (target // 2 - shift) % n
                    else:
                        expected = -1
                    self.assertEqual(search_rotated(nums, target), expected)


if __name__ == "__main__":
    unittest.main()
