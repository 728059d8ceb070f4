import unittest

from memoize import memoize


class Counted:
    """A function that records the arguments of every real call."""

    def __init__(self, func):
        self.func = func
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.func(*args, **kwargs)


class MemoizeTest(unittest.TestCase):
    def test_a_repeated_call_is_answered_from_the_cache(self):
        square = Counted(lambda x: x * x)
        cached = memoize()(square)
        self.assertEqual(cached(3), 9)
        self.assertEqual(cached(3), 9)
        self.assertEqual(len(square.calls), 1)
        self.assertEqual(tuple(cached.cache_info()), (1, 1, 128, 1))

    def test_the_example_from_the_statement(self):
        square = Counted(lambda x: x * x)
        cached = memoize(maxsize=2)(square)
        for x in [3, 3, 4, 3, 5, 4]:
            self.assertEqual(cached(x), x * x)
        self.assertEqual([args for args, _ in square.calls], [(3,), (4,), (5,), (4,)])
        info = cached.cache_info()
        self.assertEqual((info.hits, info.misses, info.maxsize, info.currsize), (2, 4, 2, 2))

    def test_keyword_order_does_not_matter(self):
        f = Counted(lambda a, b: a - b)
        cached = memoize()(f)
        self.assertEqual(cached(a=5, b=2), 3)
        self.assertEqual(cached(b=2, a=5), 3)
        self.assertEqual(len(f.calls), 1)

    def test_positional_and_keyword_arguments_are_different_calls(self):
        f = Counted(lambda *args, **kwargs: (args, kwargs))
        cached = memoize()(f)
        self.assertEqual(cached(("a", 1)), ((("a", 1),), {}))
        self.assertEqual(cached(a=1), ((), {"a": 1}))
        self.assertEqual(len(f.calls), 2)

    def test_cache_clear_empties_the_cache_and_the_counters(self):
        f = Counted(lambda x: -x)
        cached = memoize(10)(f)
        cached(1)
        cached(1)
        cached.cache_clear()
        self.assertEqual(tuple(cached.cache_info()), (0, 0, 10, 0))
        cached(1)
        self.assertEqual(len(f.calls), 2)

    def test_keeps_the_name_and_docstring(self):
        @memoize(maxsize=4)
        def total(*numbers):
            """Add the numbers."""
            return sum(numbers)

        self.assertEqual(total.__name__, "total")
        self.assertEqual(total.__doc__, "Add the numbers.")
        self.assertEqual(total(1, 2, 3), 6)

    def test_negative_maxsize_is_rejected_at_once(self):
        with self.assertRaises(ValueError):
            memoize(-1)

    def test_recursive_calls_use_the_cache(self):
        calls = 0

        @memoize(maxsize=None)
        def fib(n):
            nonlocal calls
            calls += 1
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        self.assertEqual(fib(80), 23416728348467685)
        self.assertEqual(calls, 81)


if __name__ == "__main__":
    unittest.main()
