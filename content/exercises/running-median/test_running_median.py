import unittest

from running_median import RunningMedian


def stream_of(values):
    stream = RunningMedian()
    medians = []
    for value in values:
        stream.add(value)
        medians.append(stream.median())
    return stream, medians


class RunningMedianTest(unittest.TestCase):
    def test_statement_example(self):
        _, medians = stream_of([5, 15, 1, 3, 8, 8])
        self.assertEqual(medians, [5, 10.0, 5, 4.0, 5, 6.5])

    def test_one_value(self):
        stream, medians = stream_of([42])
        self.assertEqual(medians, [42])
        self.assertEqual(len(stream), 1)

    def test_an_odd_count_gives_the_middle_value_unchanged(self):
        stream, _ = stream_of([7, 1, 4])
        self.assertEqual(stream.median(), 4)
        self.assertIsInstance(stream.median(), int)

    def test_an_even_count_averages_the_two_middle_values(self):
        stream, _ = stream_of([2, 1])
        self.assertEqual(stream.median(), 1.5)
        self.assertIsInstance(stream.median(), float)

    def test_negative_numbers(self):
        _, medians = stream_of([-3, -2, -10, 4])
        self.assertEqual(medians, [-3, -2.5, -3, -2.5])

    def test_sorted_and_reversed_input(self):
        _, up = stream_of([1, 2, 3, 4, 5])
        _, down = stream_of([5, 4, 3, 2, 1])
        self.assertEqual(up, [1, 1.5, 2, 2.5, 3])
        self.assertEqual(down, [5, 4.5, 4, 3.5, 3])

    def test_repeated_values(self):
        _, medians = stream_of([2, 2, 2, 9, 9, 9, 9])
        self.assertEqual(medians, [2, 2.0, 2, 2.0, 2, 5.5, 9])

    def test_no_values(self):
        stream = RunningMedian()
        self.assertEqual(len(stream), 0)
        with self.assertRaises(ValueError):
            stream.median()


if __name__ == "__main__":
    unittest.main()
