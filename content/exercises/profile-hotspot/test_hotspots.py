import unittest

from hotspots import profile_trace

EXAMPLE = [
    ("call", "main", 0),
    ("call", "parse", 10), ("return", "parse", 40),
    ("call", "fib", 40),
    ("call", "fib", 45),
    ("call", "fib", 50), ("return", "fib", 60),
    ("return", "fib", 70),
    ("call", "log", 75), ("return", "log", 80),
    ("return", "fib", 90),
    ("return", "main", 100),
]


class ProfileTraceTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(profile_trace(EXAMPLE), [
            ("fib", 3, 45, 50),
            ("parse", 1, 30, 30),
            ("main", 1, 20, 100),
            ("log", 1, 5, 5),
        ])

    def test_empty_trace(self):
        self.assertEqual(profile_trace([]), [])

    def test_one_call(self):
        self.assertEqual(profile_trace([("call", "f", 3), ("return", "f", 10)]), [("f", 1, 7, 7)])

    def test_own_time_excludes_callees(self):
        events = [("call", "outer", 0), ("call", "inner", 2), ("return", "inner", 9), ("return", "outer", 10)]
        self.assertEqual(profile_trace(events), [("inner", 1, 7, 7), ("outer", 1, 3, 10)])

    def test_recursion_is_counted_once_in_cumulative_time(self):
        events = [("call", "f", 0), ("call", "f", 1), ("call", "f", 2),
                  ("return", "f", 3), ("return", "f", 4), ("return", "f", 5)]
        self.assertEqual(profile_trace(events), [("f", 3, 5, 5)])

    def test_ties_on_own_time_are_sorted_by_name(self):
        events = [("call", "b", 0), ("return", "b", 5), ("call", "a", 5), ("return", "a", 10)]
        self.assertEqual(profile_trace(events), [("a", 1, 5, 5), ("b", 1, 5, 5)])

    def test_mismatched_return(self):
        with self.assertRaises(ValueError):
            profile_trace([("call", "f", 0), ("call", "g", 1), ("return", "f", 2), ("return", "g", 3)])


if __name__ == "__main__":
    unittest.main()
