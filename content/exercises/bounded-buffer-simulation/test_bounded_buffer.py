import unittest

from bounded_buffer import simulate


class SimulateTest(unittest.TestCase):
    def test_the_first_example(self):
        self.assertEqual(
            simulate(1, [["a1", "a2"], ["b1"]], [3]),
            {
                "received": [[(0, "a1"), (1, "a2"), (2, "b1")]],
                "blocked": [[], [0, 1]],
                "ticks": 3,
                "left": [],
                "status": "done",
            },
        )

    def test_the_second_example(self):
        self.assertEqual(
            simulate(2, [["a", "b", "c", "d", "e"]], [1, 1]),
            {
                "received": [[(0, "a")], [(1, "b")]],
                "blocked": [[]],
                "ticks": 4,
                "left": ["c", "d"],
                "status": "producers-stuck",
            },
        )

    def test_consumers_take_turns_starting_with_tick_mod_count(self):
        result = simulate(4, [["a1", "a2"], ["b1", "b2"], ["c1", "c2"]], [3, 3])
        # tick 1 starts with consumer 1, so consumer 1 gets c1 and consumer 0 gets a2.
        self.assertEqual(result["received"], [[(0, "a1"), (1, "a2"), (2, "b2")], [(0, "b1"), (1, "c1"), (2, "c2")]])
        self.assertEqual((result["ticks"], result["status"], result["left"]), (3, "done", []))

    def test_a_producer_blocked_by_an_earlier_one_in_the_same_tick(self):
        self.assertEqual(
            simulate(2, [["a1", "a2", "a3"], ["b1", "b2"]], [1]),
            {
                "received": [[(0, "a1")]],
                "blocked": [[], [1]],
                "ticks": 2,
                "left": ["b1", "a2"],
                "status": "producers-stuck",
            },
        )

    def test_consumers_stuck_waiting_for_items_that_never_come(self):
        result = simulate(2, [["x"]], [2])
        self.assertEqual(result["received"], [[(0, "x")]])
        self.assertEqual((result["ticks"], result["status"]), (1, "consumers-stuck"))

    def test_nothing_to_do(self):
        self.assertEqual(
            simulate(1, [], []),
            {"received": [], "blocked": [], "ticks": 0, "left": [], "status": "done"},
        )

    def test_demand_without_producers_is_stuck_before_tick_zero(self):
        self.assertEqual(
            simulate(3, [], [2, 0]),
            {"received": [[], []], "blocked": [], "ticks": 0, "left": [], "status": "consumers-stuck"},
        )

    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            simulate(0, [["a"]], [1])
        with self.assertRaises(ValueError):
            simulate(1, [["a"]], [-1])


if __name__ == "__main__":
    unittest.main()
