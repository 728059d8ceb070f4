import random
import unittest

from kth_largest import kth_largest


class KthLargestHiddenTest(unittest.TestCase):
    def test_every_k_of_a_small_list(self):
        nums = [5, -2, 9, 9, 0, 14, -7, 5, 3, 9]
        ranked = sorted(nums, reverse=True)
        for k in range(1, len(nums) + 1):
            with self.subTest(k=k):
                self.assertEqual(kth_largest(nums, k), ranked[k - 1])

    def test_does_not_change_the_list(self):
        nums = [4, 1, 8, 2, 8, 6]
        kth_largest(nums, 3)
        kth_largest(nums, 6)
        self.assertEqual(nums, [4, 1, 8, 2, 8, 6])

    def test_large_values(self):
        self.assertEqual(kth_largest([10**9, -(10**9), 10**9 - 1], 2), 10**9 - 1)

    def test_sorted_and_reverse_sorted_input(self):
        up = list(range(1, 1001))
        self.assertEqual(kth_largest(up, 10), 991)
        self.assertEqual(kth_largest(up[::-1], 10), 991)

    def test_200_000_values_with_k_100_000(self):
        rng = random.Random(7)
        nums = [rng.randint(-(10**9), 10**9) for _ in range(200_000)]
        expected = sorted(nums, reverse=True)[99_999]
        copy = list(nums)
        self.assertEqual(kth_largest(nums, 100_000), expected)
        self.assertTrue(nums == copy, "kth_largest changed the list it was given")

    def test_200_000_values_few_distinct(self):
        nums = [i % 100 for i in range(200_000)]  # 2,000 copies of each of 0..99
        self.assertEqual(kth_largest(nums, 1), 99)
        self.assertEqual(kth_largest(nums, 2_000), 99)
        self.assertEqual(kth_largest(nums, 2_001), 98)
        self.assertEqual(kth_largest(nums, 150_000), 25)
        self.assertEqual(kth_largest(nums, 200_000), 0)


if __name__ == "__main__":
    unittest.main()
