import unittest

from nearby_duplicate import has_nearby_duplicate


class HasNearbyDuplicateHiddenTest(unittest.TestCase):
    def test_one_more_than_k_apart(self):
        self.assertIs(has_nearby_duplicate([9, 1, 2, 9], 2), False)
        self.assertIs(has_nearby_duplicate([9, 1, 2, 9], 3), True)

    def test_negative_numbers(self):
        self.assertIs(has_nearby_duplicate([-1, -2, -1], 2), True)
        self.assertIs(has_nearby_duplicate([-1, 1, -2, 2], 3), False)

    def test_k_larger_than_the_list(self):
        self.assertIs(has_nearby_duplicate([3, 1, 4, 1], 10**9), True)
        self.assertIs(has_nearby_duplicate([3, 1, 4, 5], 10**9), False)

    def test_three_copies_the_last_two_close(self):
        self.assertIs(has_nearby_duplicate([5, 1, 2, 3, 5, 8, 5], 2), True)
        self.assertIs(has_nearby_duplicate([5, 1, 2, 3, 5, 8, 9, 5], 2), False)

    def test_input_is_not_changed(self):
        nums = [3, 1, 3]
        has_nearby_duplicate(nums, 1)
        self.assertEqual(nums, [3, 1, 3])

    def test_returns_a_bool(self):
        self.assertIsInstance(has_nearby_duplicate([1, 1], 1), bool)
        self.assertIsInstance(has_nearby_duplicate([1, 2], 1), bool)

    def test_200_000_distinct_values_with_a_huge_k(self):
        nums = list(range(-100_000, 100_000))
        self.assertIs(has_nearby_duplicate(nums, 200_000), False)

    def test_200_000_values_each_repeated_k_plus_one_apart(self):
        k = 50_000
        nums = [i % (k + 1) for i in range(200_000)]  # equal values are exactly k + 1 apart
        self.assertIs(has_nearby_duplicate(nums, k), False)
        self.assertIs(has_nearby_duplicate(nums, k + 1), True)

    def test_200_000_values_one_close_pair_at_the_end(self):
        nums = list(range(200_000))
        nums[-1] = 199_990
        self.assertIs(has_nearby_duplicate(nums, 100_000), True)


if __name__ == "__main__":
    unittest.main()
