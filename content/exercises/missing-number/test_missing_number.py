import unittest

from missing_number import missing_number


class MissingNumberTest(unittest.TestCase):
    def test_missing_in_the_middle(self):
        self.assertEqual(missing_number([3, 0, 1]), 2)

    def test_missing_is_n(self):
        self.assertEqual(missing_number([0, 1]), 2)

    def test_longer_list(self):
        self.assertEqual(missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]), 8)

    def test_missing_is_zero(self):
        self.assertEqual(missing_number([1]), 0)
        self.assertEqual(missing_number([2, 1]), 0)

    def test_one_number(self):
        self.assertEqual(missing_number([0]), 1)

    def test_empty_list(self):
        self.assertEqual(missing_number([]), 0)

    def test_input_is_not_changed(self):
        nums = [4, 2, 0, 1]
        missing_number(nums)
        self.assertEqual(nums, [4, 2, 0, 1])


if __name__ == "__main__":
    unittest.main()
