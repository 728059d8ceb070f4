import itertools
import unittest

from pipeline import moving_average, parse, pipe, select, window
from test_pipeline import Source, endless_lines


class PipelineHiddenTest(unittest.TestCase):
    def test_each_next_reads_only_what_it_needs(self):
        lines = ["a,1", "b,2", "a,3", "# x", "b,4", "a,5", "a,7", "b,8"]
        source = Source(lines, limit=len(lines))
        averages = pipe(source, parse, lambda r: select(r, "a"), lambda v: moving_average(v, 2))
        self.assertEqual(next(averages), 2.0)
        self.assertEqual(source.read, 3)  # "a,1", "b,2", "a,3"
        self.assertEqual(next(averages), 4.0)
        self.assertEqual(source.read, 6)
        self.assertEqual(next(averages), 6.0)
        self.assertEqual(source.read, 7)

    def test_parse_reads_one_line_per_reading(self):
        source = Source(["x,1", "bad", "y,2", "z,3"], limit=3)
        readings = parse(source)
        self.assertEqual(next(readings), ("x", 1.0))
        self.assertEqual(source.read, 1)
        self.assertEqual(next(readings), ("y", 2.0))
        self.assertEqual(source.read, 3)

    def test_window_reads_lazily(self):
        source = Source(range(10), limit=4)
        windows = window(source, 3)
        self.assertEqual(source.read, 0)
        self.assertEqual(next(windows), (0, 1, 2))
        self.assertEqual(next(windows), (1, 2, 3))
        self.assertEqual(source.read, 4)

    def test_window_tuples_are_independent(self):
        windows = list(window(range(5), 2))
        self.assertEqual(windows, [(0, 1), (1, 2), (2, 3), (3, 4)])
        self.assertTrue(all(isinstance(w, tuple) for w in windows))

    def test_works_on_any_iterable(self):
        self.assertEqual(list(window(range(3), 2)), [(0, 1), (1, 2)])
        self.assertEqual(list(moving_average(iter([2, 4, 6]), 3)), [4.0])
        self.assertEqual(list(parse(("p,%d" % i for i in range(2)))), [("p", 0.0), ("p", 1.0)])

    def test_sensor_names_and_values_are_stripped(self):
        self.assertEqual(list(parse(["  room 1 ,  +21.5\t", "x,1e3", "y,-0"])), [("room 1", 21.5), ("x", 1000.0), ("y", -0.0)])

    def test_non_finite_values_are_skipped(self):
        self.assertEqual(list(parse(["a,nan", "a,-inf", "a,infinity", "a,1"])), [("a", 1.0)])

    def test_negative_sizes_fail_at_once(self):
        with self.assertRaises(ValueError):
            window(endless_lines(), -2)
        with self.assertRaises(ValueError):
            moving_average(endless_lines(), -1)

    def test_float_averages(self):
        averages = list(moving_average([0.1, 0.2, 0.3, 0.4, 0.5], 3))
        for got, expected in zip(averages, [0.2, 0.3, 0.4]):
            self.assertAlmostEqual(got, expected, places=9)
        self.assertEqual(len(averages), 3)

    def test_stages_are_applied_in_order(self):
        result = pipe(range(6), lambda xs: (x * 10 for x in xs), lambda xs: window(xs, 2), list)
        self.assertEqual(list(result), [(0, 10), (10, 20), (20, 30), (30, 40), (40, 50)])

    def test_an_endless_source_through_every_stage(self):
        averages = pipe(endless_lines(), parse, lambda r: select(r, "s0"), lambda v: moving_average(v, 4))
        self.assertEqual(list(itertools.islice(averages, 2)), [4.5, 7.5])

    def test_a_large_window_over_200_000_values(self):
        n, size = 200_000, 50_000
        averages = moving_average(range(n), size)
        total = 0.0
        count = 0
        first = None
        for value in averages:
            if first is None:
                first = value
            total += value
            count += 1
        self.assertEqual(count, n - size + 1)
        self.assertEqual(first, (size - 1) / 2)
        self.assertEqual(value, (n - size + n - 1) / 2)
        # Each average is the previous one plus 1: their mean is the middle one.
        self.assertAlmostEqual(total / count, (first + value) / 2, places=6)

    def test_long_pipeline_with_a_large_window(self):
        lines = ("t,%d" % (i % 1000) for i in range(200_000))
        averages = pipe(lines, parse, lambda r: select(r, "t"), lambda v: moving_average(v, 100_000))
        results = list(averages)
        self.assertEqual(len(results), 100_001)
        self.assertEqual(set(results), {499.5})


if __name__ == "__main__":
    unittest.main()
