import math
import random
import unittest
from fractions import Fraction

from rolling_stats import rolling_stats


def exact(window):
    values = [Fraction(v) for v in window]
    mean = sum(values) / len(values)
    return float(mean), float(sum((v - mean) ** 2 for v in values) / len(values))


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-6)


class RollingStatsHiddenTest(unittest.TestCase):
    def assert_windows(self, values, window, positions):
        got = rolling_stats(values, window)
        self.assertEqual(len(got), max(0, len(values) - window + 1))
        for i in positions:
            want = exact(values[i:i + window])
            if not (close(got[i][0], want[0]) and close(got[i][1], want[1])):
                self.fail("window at %d: got %r, expected %r" % (i, got[i], want))

    def test_random_data_every_window(self):
        rng = random.Random(8)
        for size, window in [(1, 1), (5, 5), (30, 7), (200, 2), (200, 13)]:
            values = [rng.uniform(-1000, 1000) for _ in range(size)]
            with self.subTest(size=size, window=window):
                self.assert_windows(values, window, range(size - window + 1))

    def test_integers_are_accepted_and_floats_returned(self):
        got = rolling_stats([3, -4, 5, 10**6], 2)
        self.assertTrue(all(type(m) is float and type(v) is float for m, v in got))
        self.assert_windows([3, -4, 5, 10**6], 2, range(3))

    def test_huge_integers_with_a_small_spread(self):
        values = [10**12 + (i * 7) % 13 for i in range(2000)]
        self.assert_windows(values, 64, range(0, 1937, 101))

    def test_nanosecond_timestamps(self):
        rng = random.Random(3)
        t = 1_700_000_000_000_000_000
        values = []
        for _ in range(5000):
            t += rng.randrange(900_000, 1_100_000)
            values.append(float(t % 10**12) + 1e12)
        self.assert_windows(values, 250, range(0, 4751, 499))

    def test_a_jump_in_level(self):
        values = [1000 + (i % 3) / 2 for i in range(500)] + [(i % 5) - 1000.0 for i in range(500)]
        self.assert_windows(values, 40, range(420, 961, 27))

    def test_window_equal_to_the_length(self):
        values = [2.5, 3.5, 9.0, -1.0]
        self.assert_windows(values, 4, [0])

    def test_non_int_windows(self):
        for window in [2.0, "3", None]:
            with self.subTest(window=window):
                with self.assertRaises((ValueError, TypeError)):
                    rolling_stats([1, 2, 3], window)

    def test_200_000_values_with_a_window_of_2_000(self):
        rng = random.Random(21)
        values = [1e6 + rng.gauss(0, 50) for _ in range(200_000)]
        got = rolling_stats(values, 2000)
        self.assertEqual(len(got), 198_001)
        for i in (0, 1, 77_777, 198_000):
            want = exact(values[i:i + 2000])
            if not (close(got[i][0], want[0]) and close(got[i][1], want[1])):
                self.fail("window at %d: got %r, expected %r" % (i, got[i], want))


if __name__ == "__main__":
    unittest.main()
