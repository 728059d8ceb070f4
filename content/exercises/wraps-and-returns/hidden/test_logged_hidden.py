import inspect
import unittest

from logged import logged


class LoggedHiddenTest(unittest.TestCase):
    def test_the_same_exception_object_is_raised(self):
        error = KeyError("k")

        @logged([])
        def fail():
            raise error

        with self.assertRaises(KeyError) as caught:
            fail()
        self.assertIs(caught.exception, error)

    def test_the_example_from_the_statement(self):
        log = []

        @logged(log)
        def add(a, b=0):
            """Add two numbers."""
            return a + b

        @logged(log)
        def parse(text):
            return int(text)

        self.assertEqual(add(2, b=3), 5)
        with self.assertRaises(ValueError):
            parse("x")
        self.assertEqual(log, ["call add(2, b=3)", "add returned 5", "call parse('x')", "parse raised ValueError"])

    def test_keeps_qualname_module_and_wrapped(self):
        def original(x, *, scale=1):
            return x * scale

        decorated = logged([])(original)
        self.assertIs(decorated.__wrapped__, original)
        self.assertEqual(decorated.__qualname__, original.__qualname__)
        self.assertEqual(decorated.__module__, original.__module__)
        self.assertEqual(str(inspect.signature(decorated)), "(x, *, scale=1)")

    def test_a_recursive_function(self):
        log = []

        @logged(log)
        def factorial(n):
            return 1 if n <= 1 else n * factorial(n - 1)

        self.assertEqual(factorial(3), 6)
        self.assertEqual(
            log,
            [
                "call factorial(3)",
                "call factorial(2)",
                "call factorial(1)",
                "factorial returned 1",
                "factorial returned 2",
                "factorial returned 6",
            ],
        )

    def test_a_failure_deep_inside_is_logged_at_every_level(self):
        log = []

        @logged(log)
        def outer(x):
            return inner(x) + 1

        @logged(log)
        def inner(x):
            return 10 // x

        with self.assertRaises(ZeroDivisionError):
            outer(0)
        self.assertEqual(log, ["call outer(0)", "call inner(0)", "inner raised ZeroDivisionError", "outer raised ZeroDivisionError"])

    def test_keyword_arguments_in_the_order_given(self):
        log = []

        @logged(log)
        def configure(**options):
            return sorted(options)

        self.assertEqual(configure(z=1, a=[2]), ["a", "z"])
        self.assertEqual(log[0], "call configure(z=1, a=[2])")

    def test_works_on_methods(self):
        log = []

        class Account:
            def __init__(self):
                self.balance = 0

            @logged(log)
            def deposit(self, amount):
                self.balance += amount
                return self.balance

        account = Account()
        self.assertEqual(account.deposit(5), 5)
        self.assertEqual(account.deposit(7), 12)
        self.assertEqual(Account.deposit.__name__, "deposit")

    def test_falsy_results_are_returned_too(self):
        for value in [0, "", [], False]:
            with self.subTest(value=value):
                self.assertEqual(logged([])(lambda: value)(), value)


if __name__ == "__main__":
    unittest.main()
