import bisect
import random
import unittest

from running_median import RunningMedian
from test_running_median import stream_of


def median_of_sorted(values):
    k = len(values)
    return values[k // 2] if k % 2 else (values[k // 2 - 1] + values[k // 2]) / 2


class RunningMedianHiddenTest(unittest.TestCase):
    def test_floats_and_ints_mixed(self):
        _, medians = stream_of([0.5, 2, -1.25, 10])
        self.assertEqual(medians, [0.5, 1.25, 0.5, 1.25])

    def test_large_values(self):
        _, medians = stream_of([10**9, 10**9 - 1, -(10**9), -(10**9) + 1])
        self.assertEqual(medians, [10**9, 10**9 - 0.5, 10**9 - 1, 0.0])

    def test_asking_does_not_change_anything(self):
        stream, _ = stream_of([3, 1, 2])
        for _ in range(5):
            self.assertEqual(stream.median(), 2)
        stream.add(10)
        self.assertEqual(stream.median(), 2.5)
        self.assertEqual(len(stream), 4)

    def test_streams_are_independent(self):
        first, second = RunningMedian(), RunningMedian()
        first.add(1)
        second.add(100)
        second.add(200)
        self.assertEqual(first.median(), 1)
        self.assertEqual(second.median(), 150.0)

    def test_random_streams_against_a_sorted_list(self):
        rng = random.Random(295)
        for round_ in range(20):
            stream, ordered = RunningMedian(), []
            for step in range(rng.randint(1, 400)):
                value = rng.randint(-50, 50)  # plenty of repeats
                stream.add(value)
                bisect.insort(ordered, value)
                if stream.median() != median_of_sorted(ordered):
                    self.fail("round %d, step %d: median %r, expected %r"
                              % (round_, step, stream.median(), median_of_sorted(ordered)))

    def test_400_000_values_with_the_median_after_each(self):
        n = 400_000
        # Distinct pseudo-random values between -2**31 and 2**31 (a multiplicative hash).
        values = [(i * 2_654_435_761) % 2**32 - 2**31 for i in range(n)]
        stream = RunningMedian()
        add, median = stream.add, stream.median
        medians = []
        for value in values:
            add(value)
            medians.append(median())
        self.assertEqual(len(stream), n)
        for k in [1, 2, 3, 1000, 1001, 77_777, 200_001, n]:
            expected = median_of_sorted(sorted(values[:k]))
            if medians[k - 1] != expected:
                self.fail("after %d values: median %r, expected %r" % (k, medians[k - 1], expected))


if __name__ == "__main__":
    unittest.main()
