import random
import unittest

from two_sum import two_sum


class TwoSumHiddenTest(unittest.TestCase):
    def test_half_of_target_at_the_start_is_a_trap(self):
        # 5 + 5 == 10, but the only 5 cannot pair with itself.
        self.assertEqual(two_sum([5, 1, 4, 9], 10), (1, 3))

    def test_repeated_values_that_are_not_the_answer(self):
        self.assertEqual(two_sum([1, 1, 1, 5, 9], 14), (3, 4))

    def test_negative_target(self):
        self.assertEqual(two_sum([4, -7, 2, -1], -8), (1, 3))

    def test_large_values(self):
        self.assertEqual(two_sum([10**9, -(10**9), 7, 10**9 - 7], 2 * 10**9 - 7), (0, 3))

    def test_first_and_last(self):
        self.assertEqual(two_sum([1, 50, 60, 70, 2], 3), (0, 4))

    def test_does_not_change_the_list(self):
        nums = [4, 9, 1, 6]
        two_sum(nums, 7)
        self.assertEqual(nums, [4, 9, 1, 6])

    def test_200_000_numbers_with_the_pair_at_the_end(self):
        # Every small number is below 200,000, so no pair of them reaches the target,
        # and a small number plus a large one misses it too.
        rng = random.Random(20240611)
        nums = list(range(1, 199_999))
        rng.shuffle(nums)
        nums += [10**9, 10**9 + 1]
        self.assertEqual(two_sum(nums, 2 * 10**9 + 1), (199_998, 199_999))

    def test_200_000_numbers_with_the_pair_far_apart(self):
        # Every number but the first and the last is a multiple of 3, and those two leave
        # remainder 1, so theirs is the only pair whose sum leaves remainder 2.
        n = 200_000
        nums = [3 * k for k in range(n)]
        nums[0] = 4
        nums[-1] = -2
        self.assertEqual(two_sum(nums, 2), (0, n - 1))


if __name__ == "__main__":
    unittest.main()
