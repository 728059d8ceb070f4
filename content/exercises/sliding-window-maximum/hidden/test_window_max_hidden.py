import random
import unittest

from window_max import window_maxima


def block_maxima(nums, k):
    """Window maxima from running maxima within blocks of k (a different O(n) method)."""
    n = len(nums)
    if n == 0:
        return []
    left, right = nums[:], nums[:]
    for i in range(1, n):
        if i % k:
            left[i] = max(left[i], left[i - 1])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            right[i] = max(right[i], right[i + 1])
    return [max(right[i], left[i + k - 1]) for i in range(n - k + 1)]


class WindowMaximaHiddenTest(unittest.TestCase):
    def test_maximum_leaves_and_an_equal_value_stays(self):
        # The first 5 leaves the window, the second 5 is still in it.
        self.assertEqual(window_maxima([5, 1, 5, 1, 1, 1], 3), [5, 5, 5, 1])

    def test_negative_numbers(self):
        self.assertEqual(window_maxima([-4, -2, -9, -8, -1], 2), [-2, -2, -8, -1])

    def test_increasing_values(self):
        self.assertEqual(window_maxima([1, 2, 3, 4, 5], 3), [3, 4, 5])

    def test_does_not_change_the_list(self):
        nums = [3, 1, 4, 1, 5]
        window_maxima(nums, 2)
        self.assertEqual(nums, [3, 1, 4, 1, 5])

    def test_small_random_lists_against_slicing(self):
        rng = random.Random(21)
        for _ in range(300):
            nums = [rng.randint(-4, 4) for _ in range(rng.randint(1, 25))]
            k = rng.randint(1, len(nums))
            with self.subTest(nums=nums, k=k):
                self.assertEqual(window_maxima(nums, k), [max(nums[i:i + k]) for i in range(len(nums) - k + 1)])

    def test_200_000_values_with_windows_of_100_000(self):
        n, k = 200_000, 100_000
        down = list(range(n, 0, -1))
        self.assertTrue(window_maxima(down, k) == down[: n - k + 1], "decreasing values")
        up = list(range(n))
        self.assertTrue(window_maxima(up, k) == up[k - 1:], "increasing values")

    def test_200_000_random_values_with_windows_of_50_000(self):
        rng = random.Random(17)
        nums = [rng.randint(-(10**9), 10**9) for _ in range(200_000)]
        self.assertTrue(window_maxima(nums, 50_000) == block_maxima(nums, 50_000), "wrong maxima")
        short = nums[:20_000]
        self.assertTrue(window_maxima(short, 7) == block_maxima(short, 7), "wrong maxima for k = 7")


if __name__ == "__main__":
    unittest.main()
