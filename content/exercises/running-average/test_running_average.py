import unittest

from running_average import add_sample


class AddSampleTest(unittest.TestCase):
    def test_a_single_call_returns_the_value(self):
        self.assertEqual(add_sample(10), 10.0)

    def test_calls_without_a_list_do_not_affect_each_other(self):
        self.assertEqual(add_sample(10), 10.0)
        self.assertEqual(add_sample(20), 20.0)
        self.assertEqual(add_sample(30), 30.0)

    def test_a_list_accumulates_across_calls(self):
        readings = []
        self.assertEqual(add_sample(3, readings), 3.0)
        self.assertEqual(add_sample(5, readings), 4.0)
        self.assertEqual(readings, [3, 5])

    def test_an_empty_list_receives_the_first_value(self):
        readings = []
        add_sample(8, readings)
        self.assertEqual(readings, [8])

    def test_values_already_in_the_list_count(self):
        readings = [2, 4]
        self.assertEqual(add_sample(6, readings), 4.0)
        self.assertEqual(readings, [2, 4, 6])

    def test_a_call_without_a_list_after_using_one(self):
        readings = []
        add_sample(1, readings)
        add_sample(2, readings)
        self.assertEqual(add_sample(7), 7.0)
        self.assertEqual(readings, [1, 2])

    def test_two_lists_stay_separate(self):
        a, b = [], []
        add_sample(1, a)
        add_sample(100, b)
        self.assertEqual(add_sample(3, a), 2.0)
        self.assertEqual(a, [1, 3])
        self.assertEqual(b, [100])


if __name__ == "__main__":
    unittest.main()
