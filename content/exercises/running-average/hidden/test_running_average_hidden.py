import copy
import unittest

from running_average import add_sample


class AddSampleHiddenTest(unittest.TestCase):
    def test_many_calls_without_a_list(self):
        for value in range(1000):
            self.assertEqual(add_sample(value), float(value))

    def test_returns_a_float(self):
        self.assertIsInstance(add_sample(4), float)
        self.assertIsInstance(add_sample(4, [2]), float)

    def test_floats_and_negative_numbers(self):
        self.assertEqual(add_sample(-2.5), -2.5)
        readings = [1.5]
        self.assertEqual(add_sample(2.5, readings), 2.0)
        self.assertEqual(add_sample(-7.0, readings), -1.0)

    def test_long_series_in_a_list(self):
        readings = []
        for value in range(1, 101):
            average = add_sample(value, readings)
        self.assertEqual(average, 50.5)
        self.assertEqual(readings, list(range(1, 101)))

    def test_interleaved_calls(self):
        a = []
        self.assertEqual(add_sample(4, a), 4.0)
        self.assertEqual(add_sample(9), 9.0)
        self.assertEqual(add_sample(6, a), 5.0)
        self.assertEqual(add_sample(1), 1.0)
        self.assertEqual(a, [4, 6])

    def test_calls_leave_the_default_values_unchanged(self):
        before = copy.deepcopy(add_sample.__defaults__)
        add_sample(5)
        add_sample(6)
        self.assertEqual(add_sample.__defaults__, before)


if __name__ == "__main__":
    unittest.main()
