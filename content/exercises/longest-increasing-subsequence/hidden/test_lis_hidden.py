import random
import unittest
from bisect import bisect_left

from lis import longest_increasing_subsequence
from test_lis import SubsequenceTestCase


def longest_length(nums):
    tails = []
    for value in nums:
        i = bisect_left(tails, value)
        tails[i:i + 1] = [value]
    return len(tails)


class LongestIncreasingSubsequenceHiddenTest(SubsequenceTestCase):
    def test_negative_numbers(self):
        nums = [-5, -9, -3, -7, -1, -8, 0]
        # [-5, -3, -1, 0], [-9, -7, -1, 0] and [-9, -3, -1, 0] are all correct.
        self.assert_longest(nums, longest_increasing_subsequence(nums), 4)

    def test_the_smallest_tails_are_not_a_subsequence(self):
        # The smallest tails end up as [1, 2, 3, 40], but 1, 2 and 3 come after 40.
        nums = [10, 20, 30, 40, 1, 2, 3]
        self.assertEqual(longest_increasing_subsequence(nums), [10, 20, 30, 40])

    def test_a_late_longer_run(self):
        nums = [5, 6, 7, 1, 2, 3, 4]
        self.assertEqual(longest_increasing_subsequence(nums), [1, 2, 3, 4])

    def test_duplicates_inside_the_run(self):
        nums = [1, 2, 2, 3, 3, 3, 4]
        self.assertEqual(longest_increasing_subsequence(nums), [1, 2, 3, 4])

    def test_small_random_lists(self):
        rng = random.Random(2)
        for _ in range(200):
            nums = [rng.randint(-6, 6) for _ in range(rng.randint(0, 15))]
            with self.subTest(nums=nums):
                self.assert_longest(nums, longest_increasing_subsequence(nums), longest_length(nums))

    def test_does_not_change_the_list(self):
        nums = [4, 1, 3, 2]
        longest_increasing_subsequence(nums)
        self.assertEqual(nums, [4, 1, 3, 2])

    def test_200_000_values_in_400_decreasing_blocks(self):
        # Each block decreases, so a run takes at most one value per block; taking the same
        # position in every block gives an increasing run of 400.
        blocks, width = 400, 500
        nums = [(width - 1 - j) * blocks + b for b in range(blocks) for j in range(width)]
        self.assert_longest(nums, longest_increasing_subsequence(nums), blocks)

    def test_200_000_random_values(self):
        rng = random.Random(12)
        nums = [rng.randint(-(10**9), 10**9) for _ in range(200_000)]
        self.assert_longest(nums, longest_increasing_subsequence(nums), longest_length(nums))

    def test_200_000_sorted_values_and_200_000_equal_ones(self):
        nums = list(range(-100_000, 100_000))
        self.assertTrue(longest_increasing_subsequence(nums) == nums, "a sorted list is its own answer")
        self.assertEqual(longest_increasing_subsequence([7] * 200_000), [7])


if __name__ == "__main__":
    unittest.main()
