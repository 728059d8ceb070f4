import unittest

from product_except_self import product_except_self


class ProductExceptSelfHiddenTest(unittest.TestCase):
    def assert_same_numbers(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected), "length of the result")
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("result[%d]: expected %r, got %r" % (i, wanted, actual))

    def test_negative_numbers(self):
        self.assertEqual(product_except_self([-2, -3, 4]), [-12, -8, 6])

    def test_zero_at_either_end(self):
        self.assertEqual(product_except_self([0, 2, 3]), [6, 0, 0])
        self.assertEqual(product_except_self([2, 3, 0]), [0, 0, 6])

    def test_first_and_last_positions(self):
        self.assertEqual(product_except_self([3, 1, 1, 1, 5]), [5, 15, 15, 15, 3])

    def test_repeated_values(self):
        self.assertEqual(product_except_self([2, 2, 2, 2]), [8, 8, 8, 8])

    def test_ones_and_minus_ones(self):
        self.assertEqual(product_except_self([1, -1, 1, -1, -1]), [-1, 1, -1, 1, 1])

    def test_does_not_change_the_list(self):
        nums = [3, 0, 7, 2]
        product_except_self(nums)
        self.assertEqual(nums, [3, 0, 7, 2])

    def test_200_000_numbers_without_zeros(self):
        n = 200_000
        nums = [1 if (i * i) % 7 < 4 else -1 for i in range(n)]
        for i in range(0, n, 10_000):
            nums[i] = 2 if i % 20_000 else -3  # products stay well below 2**63
        total = 1
        for value in nums:
            total *= value
        self.assert_same_numbers(product_except_self(nums), [total // value for value in nums])

    def test_200_000_numbers_with_one_zero(self):
        n = 200_000
        nums = [-1 if i % 3 == 0 else 1 for i in range(n)]
        nums[n // 2] = 0
        nums[7] = 30
        rest = 1
        for i, value in enumerate(nums):
            if i != n // 2:
                rest *= value
        expected = [0] * n
        expected[n // 2] = rest
        self.assert_same_numbers(product_except_self(nums), expected)


if __name__ == "__main__":
    unittest.main()
