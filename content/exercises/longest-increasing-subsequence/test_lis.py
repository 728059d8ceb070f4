import unittest

from lis import longest_increasing_subsequence


class SubsequenceTestCase(unittest.TestCase):
    def assert_longest(self, nums, result, length):
        """Check that result is a strictly increasing subsequence of nums with length elements."""
        self.assertIsInstance(result, list, "expected a list of values, got %r" % (type(result).__name__,))
        shown = result if len(result) <= 12 else "a list of %d values" % len(result)
        self.assertEqual(len(result), length, "the longest have %d elements; got %s" % (length, shown))
        for a, b in zip(result, result[1:]):
            if not a < b:
                self.fail("not strictly increasing: %r is followed by %r" % (a, b))
        remaining = iter(nums)
        for value in result:
            if not any(value == other for other in remaining):
                self.fail("%s is not a subsequence: %r cannot come next" % (shown, value))


class LongestIncreasingSubsequenceTest(SubsequenceTestCase):
    def test_the_example(self):
        nums = [10, 9, 2, 5, 3, 7, 101, 18]
        self.assert_longest(nums, longest_increasing_subsequence(nums), 4)

    def test_a_dip_in_the_middle(self):
        self.assertEqual(longest_increasing_subsequence([0, 1, 0, 3, 2, 3]), [0, 1, 2, 3])

    def test_equal_values_do_not_increase(self):
        self.assertEqual(longest_increasing_subsequence([3, 3, 3]), [3])

    def test_order_matters(self):
        self.assertEqual(longest_increasing_subsequence([2, 5, 1]), [2, 5])

    def test_empty_and_single(self):
        self.assertEqual(longest_increasing_subsequence([]), [])
        self.assertEqual(longest_increasing_subsequence([42]), [42])

    def test_decreasing_list(self):
        nums = [9, 7, 4, 1]
        self.assert_longest(nums, longest_increasing_subsequence(nums), 1)

    def test_increasing_list(self):
        self.assertEqual(longest_increasing_subsequence([1, 4, 6, 9]), [1, 4, 6, 9])


if __name__ == "__main__":
    unittest.main()
