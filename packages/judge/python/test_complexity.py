"""Unit tests for complexity.py's model selection, on synthetic measurements (no timing)."""

import math
import random
import unittest

import complexity as cx

SIZES = [1, 2, 3, 4, 6, 8, 11, 16, 23, 33, 47, 66, 93, 132, 187, 264, 373, 527, 745, 1054, 1491, 2109, 2983, 4219, 5967, 8439, 11934, 16384]


def series(cls, sizes=SIZES, overhead=2e-7, unit=5e-8, noise=0.0, seed=0):
    rng = random.Random(seed)
    out = []
    for n in sizes:
        y = overhead + unit * (1.6**n if cls == "O(2^n)" else cx.shape(cls, n))
        out.append(y * (1 + noise * rng.uniform(-1, 1)))
    return out


def chosen_class(ns, ys, floor=0):
    window, fits = cx.fit_classes(ns, ys)
    return cx.choose(window, fits, floor)[0]


class FitTest(unittest.TestCase):
    def best(self, ns, ys, floor=0):
        return chosen_class(ns, ys, floor)

    def test_each_polynomial_class_is_recognised_from_clean_data(self):
        for cls in cx.CLASSES[:-1]:
            with self.subTest(cls=cls):
                self.assertEqual(self.best(SIZES, series(cls)), cls)

    def test_each_class_survives_five_percent_noise(self):
        for cls in cx.CLASSES[:-1]:
            for seed in range(5):
                with self.subTest(cls=cls, seed=seed):
                    self.assertEqual(self.best(SIZES, series(cls, noise=0.05, seed=seed)), cls)

    def test_exponential_growth_is_told_from_a_high_power(self):
        ns = list(range(1, 26))
        self.assertEqual(self.best(ns, series("O(2^n)", ns)), "O(2^n)")
        self.assertEqual(self.best(ns, series("O(n^3)", ns, unit=1e-6)), "O(n^3)")

    def test_one_disturbed_point_does_not_decide(self):
        ys = series("O(n)", noise=0.02)
        ys[-6] *= 4  # another program took the processor for a while
        self.assertEqual(self.best(SIZES, ys), "O(n)")

    def test_overhead_dominated_small_sizes_are_left_out(self):
        # A large fixed cost per call hides the growth at small n; n log n shows above it.
        ys = series("O(n log n)", overhead=1e-6, unit=2e-8)
        self.assertEqual(self.best(SIZES, ys), "O(n log n)")


class ChooseTest(unittest.TestCase):
    def test_classes_below_the_line_count_floor_are_never_chosen(self):
        window, fits = cx.fit_classes(SIZES, series("O(1)"))
        chosen, confidence, weights = cx.choose(window, fits, cx.CLASSES.index("O(n)"))
        self.assertEqual(chosen, "O(n)")
        self.assertNotIn("O(1)", weights)
        self.assertGreater(confidence, 0)

    def test_a_small_rise_above_the_floor_needs_clear_evidence(self):
        # Memory effects: flat, then a 1.6x step at large n. The line counts say O(1).
        ys = [1e-7 if n < 4000 else 1.6e-7 for n in SIZES]
        window, fits = cx.fit_classes(SIZES, ys)
        chosen, confidence, weights = cx.choose(window, fits, 0)
        self.assertEqual(chosen, "O(1)")
        # The weights still show what the timings alone prefer; the confidence is the margin.
        self.assertGreater(max(weights.values()), weights["O(1)"])
        self.assertGreaterEqual(confidence, 0.5)
        self.assertLess(confidence, 1.0)

    def test_hidden_work_in_c_is_seen_above_the_floor(self):
        # A Python loop (line counts: O(n)) whose `x in some_list` scans in C: O(n^2) in all.
        ys = [2e-7 + 1e-7 * n + 2e-9 * n * n for n in SIZES]
        self.assertEqual(chosen_class(SIZES, ys, floor=cx.CLASSES.index("O(n)")), "O(n^2)")

    def test_a_hidden_log_factor_under_a_python_loop_stays_at_the_loops_class(self):
        # The documented limit: a log factor in C is within what memory effects also produce.
        ys = [2e-7 + 1e-7 * n + 5e-9 * cx.shape("O(n log n)", n) for n in SIZES]
        self.assertEqual(chosen_class(SIZES, ys, floor=cx.CLASSES.index("O(n)")), "O(n)")

    def test_weights_sum_to_one_and_the_winner_has_the_largest(self):
        window, fits = cx.fit_classes(SIZES, series("O(n^2)", noise=0.03))
        chosen, confidence, weights = cx.choose(window, fits, 0)
        self.assertAlmostEqual(sum(weights.values()), 1.0, places=9)
        self.assertEqual(max(weights, key=weights.get), chosen)
        self.assertEqual(confidence, weights[chosen])


class SizeTest(unittest.TestCase):
    def test_sizes_grow_geometrically_when_growth_is_gentle(self):
        self.assertEqual(cx.next_size(100, [(50, 1e-5), (100, 2e-5)], cap=0.1), 141)

    def test_steep_growth_shrinks_the_step_so_the_next_call_fits_the_cap(self):
        points = [(19, 0.01), (20, 0.02)]  # doubling per step: exponential
        n = cx.next_size(20, points, cap=0.05)
        self.assertLessEqual(0.02 * 2 ** (n - 20), 0.05)
        self.assertGreater(n, 20)

    def test_never_beyond_the_largest_size(self):
        self.assertEqual(cx.next_size(cx.MAX_N, [(1, 1e-7), (cx.MAX_N, 1e-7)], cap=1.0), cx.MAX_N)


class EstimateTest(unittest.TestCase):
    def test_a_quadratic_function_is_measured_as_quadratic(self):
        def pairs(items):
            count = 0
            for i in range(len(items)):
                for j in range(i + 1, len(items)):
                    count += items[i] < items[j]
            return count

        report = cx.estimate(pairs, lambda n: (list(range(n)),), 1500)
        self.assertEqual(report["lineClass"], "O(n^2)")
        self.assertEqual(report["class"], "O(n^2)")
        self.assertTrue(report["reusableInputs"])

    def test_inputs_the_function_changes_are_generated_afresh(self):
        def drain(items):
            while items:
                items.pop()

        report = cx.estimate(drain, lambda n: (list(range(n)),), 1000)
        self.assertFalse(report["reusableInputs"])
        self.assertEqual(report["class"], "O(n)")

    def test_a_generator_that_returns_no_tuple_is_reported(self):
        with self.assertRaises(cx.MeasureError) as caught:
            cx.estimate(len, lambda n: n, 500)
        self.assertIn("must return a tuple of arguments", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
