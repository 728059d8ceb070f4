import contextlib
import inspect
import unittest

from test_timing import FakeClock
from timing import Timer, timed


class TimerHiddenTest(unittest.TestCase):
    def test_timers_do_not_share_state(self):
        clock = FakeClock()
        first, second = Timer(clock), Timer(clock)
        with first:
            clock.advance(1.0)
        self.assertEqual((second.count, second.total, second.last), (0, 0.0, None))
        with second:
            clock.advance(7.0)
        self.assertEqual((first.count, first.total), (1, 1.0))
        self.assertEqual((second.count, second.total), (1, 7.0))

    def test_reusable_after_an_exception(self):
        clock = FakeClock()
        timer = Timer(clock)
        with self.assertRaises(ValueError):
            with timer:
                raise ValueError
        with timer:
            clock.advance(2.0)
        self.assertEqual(timer.count, 2)
        self.assertEqual(timer.total, 2.0)

    def test_reusable_after_a_refused_nested_entry(self):
        clock = FakeClock()
        timer = Timer(clock)
        with self.assertRaises(RuntimeError):
            with timer:
                with timer:
                    pass
        with timer:  # not running any more
            clock.advance(1.5)
        self.assertEqual(timer.count, 2)
        self.assertEqual(timer.last, 1.5)

    def test_exit_does_not_ask_to_suppress(self):
        timer = Timer(FakeClock())
        timer.__enter__()
        error = OSError("disk")
        self.assertFalse(timer.__exit__(OSError, error, None))

    def test_zero_length_block(self):
        timer = Timer(FakeClock(3.0))
        with timer:
            pass
        self.assertEqual(timer.last, 0.0)
        self.assertEqual(timer.mean, 0.0)
        self.assertEqual(timer.count, 1)

    def test_60_000_blocks_with_statistics_read_after_each(self):
        clock = FakeClock()
        timer = Timer(clock)
        totals = []
        for i in range(60_000):
            with timer:
                clock.now += 1 + i % 3  # exact in binary floating point
            totals.append((timer.count, timer.total, timer.mean, timer.last))
        self.assertEqual(totals[0], (1, 1.0, 1.0, 1.0))
        self.assertEqual(totals[2], (3, 6.0, 2.0, 3.0))
        self.assertEqual(totals[-1], (60_000, 120_000.0, 2.0, 3.0))


class TimedHiddenTest(unittest.TestCase):
    def test_is_a_generator_function_under_contextmanager(self):
        self.assertTrue(hasattr(timed, "__wrapped__"), "decorate timed with @contextlib.contextmanager")
        self.assertTrue(inspect.isgeneratorfunction(timed.__wrapped__))
        self.assertIsInstance(timed("x", print), contextlib.AbstractContextManager)

    def test_nested_blocks_report_inner_first(self):
        clock = FakeClock()
        reports = []
        report = lambda *args: reports.append(args)  # noqa: E731
        with timed("outer", report, clock):
            clock.advance(1.0)
            with timed("inner", report, clock):
                clock.advance(2.0)
            clock.advance(4.0)
        self.assertEqual(reports, [("inner", 2.0), ("outer", 7.0)])

    def test_reports_once_per_block(self):
        clock = FakeClock()
        reports = []
        for i in range(3):
            with timed(i, lambda *args: reports.append(args), clock):
                clock.advance(i)
        self.assertEqual(reports, [(0, 0.0), (1, 1.0), (2, 2.0)])

    def test_the_same_exception_object_propagates(self):
        error = LookupError("missing")
        with self.assertRaises(LookupError) as caught:
            with timed("x", lambda *args: None, FakeClock()):
                raise error
        self.assertIs(caught.exception, error)

    def test_base_exceptions_are_reported_too(self):
        reports = []
        with self.assertRaises(KeyboardInterrupt):
            with timed("interrupted", lambda *args: reports.append(args), FakeClock()):
                raise KeyboardInterrupt
        self.assertEqual(reports, [("interrupted", 0.0)])


if __name__ == "__main__":
    unittest.main()
