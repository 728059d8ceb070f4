import unittest

from rotate_list import rotate


class RotateTest(unittest.TestCase):
    def test_rotate_by_two(self):
        self.assertEqual(rotate([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3])

    def test_rotate_by_one(self):
        self.assertEqual(rotate([1, 2, 3], 1), [3, 1, 2])

    def test_rotate_by_zero(self):
        self.assertEqual(rotate([1, 2, 3, 4, 5], 0), [1, 2, 3, 4, 5])

    def test_more_steps_than_items(self):
        self.assertEqual(rotate([1, 2, 3, 4, 5], 7), [4, 5, 1, 2, 3])

    def test_negative_k_rotates_left(self):
        self.assertEqual(rotate([1, 2, 3, 4, 5], -1), [2, 3, 4, 5, 1])

    def test_single_item(self):
        self.assertEqual(rotate(["a"], 3), ["a"])

    def test_empty_list(self):
        self.assertEqual(rotate([], 4), [])

    def test_input_is_not_changed(self):
        items = [1, 2, 3, 4]
        rotate(items, 1)
        self.assertEqual(items, [1, 2, 3, 4])


if __name__ == "__main__":
    unittest.main()
