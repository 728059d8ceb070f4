import unittest

from window_max import window_maxima


class WindowMaximaTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(window_maxima([1, 3, -1, -3, 5, 3, 6, 7], 3), [3, 3, 5, 5, 6, 7])

    def test_windows_of_one(self):
        self.assertEqual(window_maxima([4, 2, 12, 3], 1), [4, 2, 12, 3])

    def test_one_window(self):
        self.assertEqual(window_maxima([4, 2, 12, 3], 4), [12])

    def test_equal_values(self):
        self.assertEqual(window_maxima([5, 5, 1], 2), [5, 5])
        self.assertEqual(window_maxima([2, 2, 2, 2], 3), [2, 2])

    def test_empty_list(self):
        self.assertEqual(window_maxima([], 3), [])

    def test_single_element(self):
        self.assertEqual(window_maxima([-7], 1), [-7])

    def test_decreasing_values(self):
        self.assertEqual(window_maxima([9, 7, 5, 3, 1], 2), [9, 7, 5, 3])


if __name__ == "__main__":
    unittest.main()
