import unittest

from merge_sorted import merge_sorted


class MergeSortedHiddenTest(unittest.TestCase):
    def assert_same_list(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertEqual(len(got), len(expected))
        if got != expected:
            first = next(i for i, (x, y) in enumerate(zip(got, expected)) if x != y)
            self.fail("index %d: expected %r, got %r" % (first, expected[first], got[first]))

    def test_negative_numbers_and_floats(self):
        self.assertEqual(merge_sorted([-3.5, -1, 2.25], [-2, 0, 2.5]), [-3.5, -2, -1, 0, 2.25, 2.5])

    def test_equal_values_from_a_come_first(self):
        # 1 == 1.0, but they are different objects: the int from a must come before the float.
        result = merge_sorted([1, 2], [1.0, 2.0])
        self.assertEqual([type(x) for x in result], [int, float, int, float])

    def test_single_values(self):
        self.assertEqual(merge_sorted([5], [5]), [5, 5])
        self.assertEqual(merge_sorted([7], [3]), [3, 7])

    def test_a_new_list_even_when_one_input_is_empty(self):
        a, b = [], [1, 2]
        result = merge_sorted(a, b)
        self.assertIsNot(result, b)
        result.append(3)
        self.assertEqual(b, [1, 2])
        result = merge_sorted(b, a)
        self.assertIsNot(result, b)

    def test_all_values_equal(self):
        self.assertEqual(merge_sorted([4, 4, 4], [4, 4]), [4] * 5)

    def test_200_000_and_200_000_interleaved(self):
        a = list(range(0, 400_000, 2))
        b = list(range(1, 400_000, 2))
        self.assert_same_list(merge_sorted(a, b), list(range(400_000)))
        self.assertEqual(len(a), 200_000)
        self.assertEqual(len(b), 200_000)

    def test_200_000_and_a_few(self):
        a = list(range(200_000))
        b = [-1, 99_999.5, 10**6]
        self.assert_same_list(
            merge_sorted(a, b), [-1] + a[:100_000] + [99_999.5] + a[100_000:] + [10**6]
        )


if __name__ == "__main__":
    unittest.main()
