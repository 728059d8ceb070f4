import random
import unittest

from subarray_sum import count_subarrays


def brute_force(nums, k):
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            count += total == k
    return count


class CountSubarraysHiddenTest(unittest.TestCase):
    def test_negative_target(self):
        self.assertEqual(count_subarrays([-2, -1, 1, -3], -3), 3)

    def test_zero_target_without_zero_sums(self):
        self.assertEqual(count_subarrays([1, 2, 3], 0), 0)
        self.assertEqual(count_subarrays([4], 0), 0)

    def test_whole_list(self):
        # [30] on its own and the whole list.
        self.assertEqual(count_subarrays([10, -20, 30, -40, 50], 30), 2)

    def test_does_not_change_the_list(self):
        nums = [1, -1, 2, -2]
        count_subarrays(nums, 0)
        self.assertEqual(nums, [1, -1, 2, -2])

    def test_random_lists_against_brute_force(self):
        rng = random.Random(11)
        for trial in range(30):
            nums = [rng.randint(-5, 5) for _ in range(rng.randint(0, 60))]
            k = rng.randint(-6, 6)
            with self.subTest(nums=nums, k=k):
                self.assertEqual(count_subarrays(nums, k), brute_force(nums, k))

    def test_200_000_zeros(self):
        n = 200_000
        self.assertEqual(count_subarrays([0] * n, 0), n * (n + 1) // 2)
        self.assertEqual(count_subarrays([0] * n, 1), 0)

    def test_200_000_alternating_signs(self):
        # Prefix sums alternate 1, 0, 1, 0, ...: equal prefixes bound a run that sums to 0.
        m = 100_000
        nums = [1, -1] * m
        self.assertEqual(count_subarrays(nums, 0), m * m)
        self.assertEqual(count_subarrays(nums, 1), m * (m + 1) // 2)
        self.assertEqual(count_subarrays(nums, -1), m * (m + 1) // 2)


if __name__ == "__main__":
    unittest.main()
