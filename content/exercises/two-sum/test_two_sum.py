import unittest

from two_sum import two_sum


class TwoSumTest(unittest.TestCase):
    def test_first_two_numbers(self):
        self.assertEqual(two_sum([2, 7, 11, 15], 9), (0, 1))

    def test_an_element_is_not_used_twice(self):
        # 3 + 3 == 6, but there is only one 3.
        self.assertEqual(two_sum([3, 2, 4], 6), (1, 2))

    def test_equal_values_at_different_positions(self):
        self.assertEqual(two_sum([3, 3], 6), (0, 1))

    def test_negative_numbers(self):
        self.assertEqual(two_sum([-3, 4, 3, 90], 0), (0, 2))

    def test_zeros(self):
        self.assertEqual(two_sum([0, 4, 3, 0], 0), (0, 3))

    def test_pair_at_the_end(self):
        self.assertEqual(two_sum([1, 2, 3, 4, 5, 6], 11), (4, 5))

    def test_returns_a_tuple_of_indices_smaller_first(self):
        result = two_sum([8, 1, 5], 6)
        self.assertIsInstance(result, tuple)
        self.assertEqual(result, (1, 2))


if __name__ == "__main__":
    unittest.main()
