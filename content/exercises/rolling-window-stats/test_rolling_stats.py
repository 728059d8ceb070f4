import math
import unittest
from fractions import Fraction

from rolling_stats import rolling_stats


def exact(window):
    """Exact mean and population variance of a list of numbers, computed with fractions."""
    values = [Fraction(v) for v in window]
    mean = sum(values) / len(values)
    return float(mean), float(sum((v - mean) ** 2 for v in values) / len(values))


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-6)


class RollingStatsTest(unittest.TestCase):
    def assert_stats(self, got, expected):
        self.assertEqual(len(got), len(expected))
        for i, ((mean, var), (want_mean, want_var)) in enumerate(zip(got, expected)):
            if not (close(mean, want_mean) and close(var, want_var)):
                self.fail("window %d: got (%r, %r), expected (%r, %r)" % (i, mean, var, want_mean, want_var))

    def test_the_example(self):
        self.assert_stats(rolling_stats([1, 2, 3, 4, 10], 3),
                          [(2.0, 2 / 3), (3.0, 2 / 3), (17 / 3, 86 / 9)])

    def test_fewer_values_than_the_window(self):
        self.assertEqual(rolling_stats([5, 5], 3), [])
        self.assertEqual(rolling_stats([], 1), [])

    def test_window_of_one(self):
        self.assert_stats(rolling_stats([7, 8, -1.5], 1), [(7.0, 0.0), (8.0, 0.0), (-1.5, 0.0)])

    def test_constant_values_have_zero_variance(self):
        for mean, var in rolling_stats([4.2] * 50, 10):
            self.assertTrue(close(mean, 4.2))
            self.assertTrue(0.0 <= var < 1e-9)

    def test_a_generator_is_read_once(self):
        self.assert_stats(rolling_stats((x * x for x in range(6)), 4),
                          [exact([0, 1, 4, 9]), exact([1, 4, 9, 16]), exact([4, 9, 16, 25])])

    def test_invalid_windows(self):
        for window in [0, -3]:
            with self.subTest(window=window):
                with self.assertRaises(ValueError):
                    rolling_stats([1, 2, 3], window)

    def test_large_values_with_a_small_spread(self):
        values = [1e9 + (i * 37 % 11) / 4 for i in range(3000)]
        got = rolling_stats(values, 100)
        expected = [exact(values[i:i + 100]) for i in range(0, 2901, 290)]
        self.assert_stats(got[::290], expected)


if __name__ == "__main__":
    unittest.main()
