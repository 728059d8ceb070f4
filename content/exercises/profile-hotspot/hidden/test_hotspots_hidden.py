import unittest

from hotspots import profile_trace


class ProfileTraceHiddenTest(unittest.TestCase):
    def test_mutual_recursion(self):
        events = [("call", "a", 0), ("call", "b", 10), ("call", "a", 20), ("call", "b", 30),
                  ("return", "b", 40), ("return", "a", 50), ("return", "b", 60), ("return", "a", 70)]
        self.assertEqual(profile_trace(events), [("a", 2, 40, 70), ("b", 2, 30, 50)])

    def test_separate_calls_add_up_and_gaps_belong_to_nobody(self):
        events = [("call", "tick", 0), ("return", "tick", 4), ("call", "tick", 100), ("return", "tick", 103),
                  ("call", "tock", 200), ("return", "tock", 200)]
        self.assertEqual(profile_trace(events), [("tick", 2, 7, 7), ("tock", 1, 0, 0)])

    def test_recursion_after_a_return_to_the_outer_level(self):
        # f calls g, g returns, f calls f: the inner f is nested in the outer one.
        events = [("call", "f", 0), ("call", "g", 1), ("return", "g", 3), ("call", "f", 5),
                  ("return", "f", 8), ("return", "f", 9), ("call", "f", 20), ("return", "f", 22)]
        self.assertEqual(profile_trace(events), [("f", 3, 9, 11), ("g", 1, 2, 2)])

    def test_a_generator_of_events_and_float_times(self):
        def trace():
            yield "call", "load", 0.5
            yield "call", "read", 1.0
            yield "return", "read", 3.0
            yield "return", "load", 3.5

        self.assertEqual(profile_trace(trace()), [("read", 1, 2.0, 2.0), ("load", 1, 1.0, 3.0)])

    def test_invalid_traces(self):
        bad = [
            [("return", "f", 0)],
            [("call", "f", 0)],
            [("call", "f", 0), ("call", "g", 1), ("return", "g", 2)],
            [("call", "f", 5), ("return", "f", 4)],
            [("call", "f", 0), ("exit", "f", 1)],
            [("call", "f", 0), ("return", "f", 1), ("return", "f", 2)],
            [("call", "f", 0), ("call", "g", 1), ("return", "f", 2)],
        ]
        for events in bad:
            with self.subTest(events=events):
                with self.assertRaises(ValueError):
                    profile_trace(events)

    def test_a_recursion_50_000_calls_deep(self):
        depth = 50_000
        events = []
        for level in range(depth):
            events.append(("call", "descend", 3 * level))
            events.append(("call", "check", 3 * level + 1))
            events.append(("return", "check", 3 * level + 2))
        for level in range(depth):
            events.append(("return", "descend", 3 * depth + level))
        self.assertEqual(profile_trace(events), [
            ("descend", depth, 2 * depth + (depth - 1), 4 * depth - 1),
            ("check", depth, depth, depth),
        ])

    def test_many_functions_in_a_long_flat_trace(self):
        events = []
        time = 0
        for i in range(40_000):
            name = "handler_%d" % (i % 1000)
            events.append(("call", "dispatch", time))
            events.append(("call", name, time + 1))
            events.append(("return", name, time + 1 + i % 7))
            events.append(("return", "dispatch", time + 10))
            time += 10
        result = profile_trace(events)
        self.assertEqual(len(result), 1001)
        self.assertEqual(result[0], ("dispatch", 40_000, sum(10 - i % 7 for i in range(40_000)), 400_000))
        owns = [row[2] for row in result]
        self.assertTrue(owns == sorted(owns, reverse=True))
        handler_6 = [row for row in result if row[0] == "handler_6"][0]
        self.assertEqual(handler_6, ("handler_6", 40, sum((i % 7) for i in range(6, 40_000, 1000)), sum((i % 7) for i in range(6, 40_000, 1000))))


if __name__ == "__main__":
    unittest.main()
