import unittest

from dedupe_sorted import dedupe_sorted


class DedupeSortedHiddenTest(unittest.TestCase):
    def assert_same_list(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertEqual(len(got), len(expected))
        if got != expected:
            first = next(i for i, (a, b) in enumerate(zip(got, expected)) if a != b)
            self.fail("index %d: expected %r, got %r" % (first, expected[first], got[first]))

    def test_negative_numbers(self):
        nums = [-3, -3, -1, 0, 0, 2]
        self.assertEqual(dedupe_sorted(nums), 4)
        self.assertEqual(nums, [-3, -1, 0, 2])

    def test_strings(self):
        nums = ["apple", "apple", "kiwi", "pear", "pear", "pear"]
        self.assertEqual(dedupe_sorted(nums), 3)
        self.assertEqual(nums, ["apple", "kiwi", "pear"])

    def test_two_equal_values(self):
        nums = [9, 9]
        self.assertEqual(dedupe_sorted(nums), 1)
        self.assertEqual(nums, [9])

    def test_a_single_value_after_a_run(self):
        nums = [1, 1, 1, 2]
        self.assertEqual(dedupe_sorted(nums), 2)
        self.assertEqual(nums, [1, 2])

    def test_returns_an_int(self):
        self.assertIsInstance(dedupe_sorted([1, 1]), int)

    def test_another_reference_to_the_list_sees_the_change(self):
        nums = [4, 4, 5, 6, 6]
        alias = nums
        dedupe_sorted(nums)
        self.assertEqual(alias, [4, 5, 6])

    def test_300_000_equal_values(self):
        nums = [42] * 300_000
        self.assertEqual(dedupe_sorted(nums), 1)
        self.assert_same_list(nums, [42])

    def test_300_000_values_in_pairs(self):
        nums = [i // 2 for i in range(300_000)]
        self.assertEqual(dedupe_sorted(nums), 150_000)
        self.assert_same_list(nums, list(range(150_000)))


if __name__ == "__main__":
    unittest.main()
