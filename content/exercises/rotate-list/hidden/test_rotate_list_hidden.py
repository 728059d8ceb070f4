import unittest

from rotate_list import rotate


class RotateHiddenTest(unittest.TestCase):
    def assert_same_list(self, got, expected):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), len(expected))
        if got != expected:
            first = next(i for i, (a, b) in enumerate(zip(got, expected)) if a != b)
            self.fail("index %d: expected %r, got %r" % (first, expected[first], got[first]))

    def test_exactly_n_steps_is_a_full_turn(self):
        self.assertEqual(rotate([1, 2, 3], 3), [1, 2, 3])
        self.assertEqual(rotate([1, 2, 3], -3), [1, 2, 3])

    def test_large_negative_k(self):
        self.assertEqual(rotate([1, 2, 3, 4, 5], -7), [3, 4, 5, 1, 2])

    def test_a_new_list_even_when_nothing_moves(self):
        items = [1, 2, 3]
        for k in [0, 3, 6]:
            with self.subTest(k=k):
                result = rotate(items, k)
                self.assertIsNot(result, items)
                result.append(99)
                self.assertEqual(items, [1, 2, 3])

    def test_items_of_any_type_and_duplicates(self):
        self.assertEqual(rotate(["x", None, "x", (1, 2)], 1), [(1, 2), "x", None, "x"])

    def test_empty_list_with_any_k(self):
        for k in [0, 1, -1, 10**18]:
            with self.subTest(k=k):
                self.assertEqual(rotate([], k), [])

    def test_200_000_items_by_100_001(self):
        n = 200_000
        items = list(range(n))
        self.assert_same_list(rotate(items, 100_001), list(range(99_999, n)) + list(range(99_999)))
        self.assertEqual(items[:3], [0, 1, 2])

    def test_huge_k(self):
        n = 200_000
        items = list(range(n))
        # 10**18 = 5,000,000,000,000 * 200,000, so 10**18 + 3 steps are 3 steps.
        self.assert_same_list(rotate(items, 10**18 + 3), [n - 3, n - 2, n - 1] + list(range(n - 3)))
        self.assert_same_list(rotate(items, -(10**18) - 3), list(range(3, n)) + [0, 1, 2])


if __name__ == "__main__":
    unittest.main()
