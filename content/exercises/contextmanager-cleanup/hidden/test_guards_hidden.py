import unittest

from guards import ignoring, pushed, transaction
from test_guards import FakeConnection


class GuardsHiddenTest(unittest.TestCase):
    def test_the_same_exception_object_propagates(self):
        error = ValueError("x")
        conn = FakeConnection()
        with self.assertRaises(ValueError) as caught:
            with transaction(conn):
                raise error
        self.assertIs(caught.exception, error)

    def test_keyboard_interrupt_rolls_back_too(self):
        conn = FakeConnection()
        with self.assertRaises(KeyboardInterrupt):
            with transaction(conn):
                raise KeyboardInterrupt
        self.assertEqual(conn.calls, ["begin", "rollback"])

    def test_no_commit_after_a_failure(self):
        conn = FakeConnection()
        try:
            with transaction(conn):
                raise OSError("disk full")
        except OSError:
            pass
        self.assertNotIn("commit", conn.calls)

    def test_code_after_a_failed_transaction_does_not_run(self):
        conn = FakeConnection()
        reached = []

        def work():
            with transaction(conn):
                raise LookupError("gone")
            reached.append("after")

        with self.assertRaises(LookupError):
            work()
        self.assertEqual(reached, [])

    def test_ignoring_matches_subclasses_and_tuples(self):
        with ignoring(LookupError) as caught:
            [][1]
        self.assertIsInstance(caught.exception, IndexError)
        with ignoring(TypeError, ZeroDivisionError) as caught:
            1 / 0
        self.assertIsInstance(caught.exception, ZeroDivisionError)

    def test_ignoring_nothing(self):
        with self.assertRaises(KeyError):
            with ignoring():
                raise KeyError("k")

    def test_ignoring_keeps_the_exception_object(self):
        error = KeyError("k")
        with ignoring(KeyError) as caught:
            raise error
        self.assertIs(caught.exception, error)

    def test_ignoring_does_not_suppress_base_exceptions_not_listed(self):
        with self.assertRaises(KeyboardInterrupt):
            with ignoring(Exception):
                raise KeyboardInterrupt

    def test_the_code_after_a_suppressed_exception_runs(self):
        steps = []
        with ignoring(ValueError):
            steps.append("before")
            int("x")
            steps.append("never")
        steps.append("after")
        self.assertEqual(steps, ["before", "after"])

    def test_nested_pushes_unwind_on_an_inner_error(self):
        stack = []
        with self.assertRaises(ZeroDivisionError):
            with pushed(stack, 1):
                with pushed(stack, 2):
                    with pushed(stack, 3):
                        1 / 0
        self.assertEqual(stack, [])

    def test_a_suppressed_error_inside_pushed(self):
        stack = []
        with pushed(stack, "a"):
            with ignoring(KeyError):
                with pushed(stack, "b"):
                    raise KeyError("k")
            self.assertEqual(stack, ["a"])
        self.assertEqual(stack, [])

    def test_a_transaction_inside_pushed(self):
        stack = []
        conn = FakeConnection()
        with self.assertRaises(ValueError):
            with pushed(stack, "request"):
                with transaction(conn):
                    raise ValueError
        self.assertEqual((stack, conn.calls), ([], ["begin", "rollback"]))


if __name__ == "__main__":
    unittest.main()
