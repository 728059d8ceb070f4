import unittest

from logged import logged


class LoggedTest(unittest.TestCase):
    def test_returns_the_result(self):
        log = []

        @logged(log)
        def add(a, b=0):
            return a + b

        self.assertEqual(add(2, b=3), 5)
        self.assertEqual(add(1), 1)

    def test_log_lines(self):
        log = []

        @logged(log)
        def add(a, b=0):
            return a + b

        add(2, b=3)
        add("x", "y")
        self.assertEqual(log, ["call add(2, b=3)", "add returned 5", "call add('x', 'y')", "add returned 'xy'"])

    def test_an_exception_propagates_after_being_logged(self):
        log = []

        @logged(log)
        def parse(text):
            return int(text)

        with self.assertRaises(ValueError):
            parse("x")
        self.assertEqual(log, ["call parse('x')", "parse raised ValueError"])

    def test_keeps_the_name_and_docstring(self):
        @logged([])
        def add(a, b=0):
            """Add two numbers."""
            return a + b

        self.assertEqual(add.__name__, "add")
        self.assertEqual(add.__doc__, "Add two numbers.")

    def test_a_function_without_arguments_returning_none(self):
        log = []

        @logged(log)
        def ping():
            pass

        self.assertIsNone(ping())
        self.assertEqual(log, ["call ping()", "ping returned None"])


if __name__ == "__main__":
    unittest.main()
