import unittest

from bounded_buffer import simulate


def check_invariants(test, capacity, producers, demands, result):
    """Properties every correct simulation has, whatever the interleaving."""
    taken = sorted((tick, j, item) for j, got in enumerate(result["received"]) for tick, item in got)
    for j, got in enumerate(result["received"]):
        test.assertLessEqual(len(got), demands[j])
        test.assertEqual([tick for tick, _ in got], sorted(tick for tick, _ in got))
        test.assertEqual(len({tick for tick, _ in got}), len(got), "one item per consumer per tick")
    for i, ticks in enumerate(result["blocked"]):
        test.assertEqual(ticks, sorted(set(ticks)))
        test.assertTrue(all(0 <= t < result["ticks"] for t in ticks))
    total = sum(len(items) for items in producers)
    test.assertLessEqual(len(taken) + len(result["left"]), total)
    test.assertLessEqual(len(result["left"]), capacity)


class SimulateHiddenTest(unittest.TestCase):
    def test_items_left_over_when_everyone_is_done(self):
        self.assertEqual(
            simulate(3, [["x", "y", "z"]], [1]),
            {"received": [[(0, "x")]], "blocked": [[]], "ticks": 3, "left": ["y", "z"], "status": "done"},
        )

    def test_the_buffer_never_holds_more_than_capacity(self):
        result = simulate(2, [["a1", "a2"], ["b1", "b2"], ["c1", "c2"]], [0])
        self.assertEqual(result["left"], ["a1", "b1"])
        self.assertEqual(result["blocked"], [[], [], [0]])
        self.assertEqual((result["ticks"], result["status"]), (1, "producers-stuck"))

    def test_a_slow_single_slot_buffer(self):
        result = simulate(1, [[1, 2], [3, 4]], [2, 2])
        # t0: 1 put, 3 blocked, consumer 0 takes 1.  t1: 2 put, 4 blocked, consumer 1 takes 2.
        # t2: 3 put, consumer 0 takes 3.  t3: 4 put, consumer 1 takes 4.
        self.assertEqual(result["received"], [[(0, 1), (2, 3)], [(1, 2), (3, 4)]])
        self.assertEqual(result["blocked"], [[], [0, 1]])
        self.assertEqual((result["ticks"], result["status"]), (4, "done"))

    def test_a_consumer_with_no_demand_is_skipped(self):
        result = simulate(5, [["p", "q", "r", "s"]], [0, 2, 0])
        self.assertEqual(result["received"], [[], [(0, "p"), (1, "q")], []])
        self.assertEqual((result["ticks"], result["status"], result["left"]), (4, "done", ["r", "s"]))

    def test_duplicate_items(self):
        result = simulate(2, [["x", "x"], ["x"]], [3])
        self.assertEqual(result["received"], [[(0, "x"), (1, "x"), (2, "x")]])
        self.assertEqual(result["blocked"], [[], []])

    def test_consumers_stuck_after_partial_service(self):
        result = simulate(4, [["a"], ["b"]], [1, 5, 1])
        self.assertEqual(result["received"], [[(0, "a")], [(0, "b")], []])
        self.assertEqual((result["ticks"], result["status"]), (1, "consumers-stuck"))

    def test_the_arguments_are_not_changed(self):
        producers = [["a", "b"], ("c",)]
        demands = [2, 1]
        simulate(1, producers, demands)
        self.assertEqual(producers, [["a", "b"], ("c",)])
        self.assertEqual(demands, [2, 1])

    def test_many_producers_and_consumers(self):
        producers = [["p%d-%d" % (i, k) for k in range(400)] for i in range(50)]
        demands = [400] * 49 + [399]
        result = simulate(7, producers, demands)
        check_invariants(self, 7, producers, demands, result)
        self.assertEqual(result["status"], "done")
        self.assertEqual(len(result["left"]), 1)
        # Producers 0-6 fill the buffer every tick for 400 ticks while the others are blocked,
        # then producers 7-13, and so on; producer 49 is finally alone for 400 ticks.
        self.assertEqual(result["ticks"], 3200)
        self.assertEqual(result["blocked"][0], [])
        self.assertEqual(result["blocked"][7], list(range(400)))
        self.assertEqual(result["blocked"][49], list(range(2800)))
        self.assertEqual(sum(len(ticks) for ticks in result["blocked"]), 61_600)
        self.assertEqual(result["received"][0][:3], [(0, "p0-0"), (44, "p6-44"), (45, "p5-45")])
        # The buffer is first in, first out: taken in the order of the ticks and, within a
        # tick, of the consumers' turns, every producer's items come out in the order it put them.
        turns = sorted((t, (j - t) % 50, item) for j, got in enumerate(result["received"]) for t, item in got)
        for i in range(50):
            prefix = "p%d-" % i
            ks = [int(item[len(prefix):]) for _, _, item in turns if item.startswith(prefix)]
            self.assertEqual(ks, list(range(len(ks))))

    def test_one_producer_one_consumer_20_000_items(self):
        items = list(range(20_000))
        result = simulate(1, [items], [20_000])
        self.assertEqual(result["received"], [[(t, t) for t in range(20_000)]])
        self.assertEqual((result["ticks"], result["status"], result["blocked"]), (20_000, "done", [[]]))


if __name__ == "__main__":
    unittest.main()
