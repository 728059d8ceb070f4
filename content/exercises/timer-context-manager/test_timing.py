import time
import unittest

from timing import Timer, timed


class FakeClock:
    """A clock that only moves when the test says so."""

    def __init__(self, now=0.0):
        self.now = now
        self.reads = 0

    def __call__(self):
        self.reads += 1
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TimerTest(unittest.TestCase):
    def test_measures_one_block(self):
        clock = FakeClock(100.0)
        timer = Timer(clock)
        with timer:
            clock.advance(2.5)
        self.assertEqual(timer.last, 2.5)
        self.assertEqual(timer.total, 2.5)
        self.assertEqual(timer.count, 1)
        self.assertEqual(clock.reads, 2)

    def test_with_as_binds_the_timer_itself(self):
        timer = Timer(FakeClock())
        with timer as bound:
            self.assertIs(bound, timer)

    def test_before_any_block(self):
        timer = Timer(FakeClock())
        self.assertIsNone(timer.last)
        self.assertEqual(timer.total, 0.0)
        self.assertEqual(timer.count, 0)
        self.assertEqual(timer.mean, 0.0)

    def test_accumulates_over_several_blocks(self):
        clock = FakeClock()
        timer = Timer(clock)
        for seconds in [1.0, 4.0, 0.25]:
            with timer:
                clock.advance(seconds)
            clock.advance(100)  # time between blocks does not count
        self.assertEqual(timer.last, 0.25)
        self.assertEqual(timer.total, 5.25)
        self.assertEqual(timer.count, 3)
        self.assertEqual(timer.mean, 1.75)

    def test_a_block_that_raises_is_measured_and_the_exception_propagates(self):
        clock = FakeClock()
        timer = Timer(clock)
        with self.assertRaises(KeyError):
            with timer:
                clock.advance(3.0)
                raise KeyError("boom")
        self.assertEqual(timer.last, 3.0)
        self.assertEqual(timer.count, 1)

    def test_entering_a_running_timer_raises(self):
        clock = FakeClock()
        timer = Timer(clock)
        with self.assertRaises(RuntimeError):
            with timer:
                clock.advance(1.0)
                with timer:
                    pass
        self.assertEqual(timer.count, 1)  # only the outer block was measured
        self.assertEqual(timer.last, 1.0)

    def test_real_clock_by_default(self):
        timer = Timer()
        with timer:
            sum(range(1000))
        self.assertIsInstance(timer.last, float)
        self.assertGreaterEqual(timer.last, 0.0)


class TimedTest(unittest.TestCase):
    def test_reports_the_label_and_the_duration(self):
        clock = FakeClock(5.0)
        reports = []
        with timed("load", lambda *args: reports.append(args), clock):
            clock.advance(0.5)
        self.assertEqual(reports, [("load", 0.5)])

    def test_reports_when_the_block_raises_and_does_not_swallow(self):
        clock = FakeClock()
        reports = []
        with self.assertRaises(ZeroDivisionError):
            with timed("divide", lambda *args: reports.append(args), clock):
                clock.advance(2.0)
                1 / 0
        self.assertEqual(reports, [("divide", 2.0)])

    def test_binds_none(self):
        with timed("x", lambda *args: None, FakeClock()) as bound:
            self.assertIsNone(bound)

    def test_real_clock_by_default(self):
        reports = []
        with timed("sleep", lambda *args: reports.append(args)):
            time.sleep(0.001)
        [(label, elapsed)] = reports
        self.assertEqual(label, "sleep")
        self.assertGreater(elapsed, 0.0)


if __name__ == "__main__":
    unittest.main()
