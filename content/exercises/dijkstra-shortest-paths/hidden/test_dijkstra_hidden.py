import unittest

from dijkstra import shortest_path
from test_dijkstra import RouteTestCase


def lcg_edges(seed, n, m, max_weight):
    """m pseudo-random roads (u, v, w), the same on every Python version."""
    x, edges = seed, []
    for _ in range(m):
        values = []
        for _ in range(3):
            x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
            values.append(x >> 33)
        edges.append((values[0] % n, values[1] % n, values[2] % (max_weight + 1)))
    return edges


class ShortestPathHiddenTest(RouteTestCase):
    def test_single_junction_without_roads(self):
        self.assertEqual(shortest_path(1, [], 0, 0), (0, [0]))

    def test_no_roads_at_all(self):
        self.assertIsNone(shortest_path(3, [], 0, 2))

    def test_self_loops_and_cycles_are_ignored(self):
        edges = [(0, 0, 0), (0, 1, 3), (1, 0, 0), (1, 1, 1), (1, 2, 3)]
        self.assertEqual(shortest_path(3, edges, 0, 2), (6, [0, 1, 2]))

    def test_cost_known_only_after_popping(self):
        # The target is first reached directly for 10, later through 1 for 3.
        edges = [(0, 2, 10), (0, 1, 1), (1, 2, 2)]
        self.assertEqual(shortest_path(3, edges, 0, 2), (3, [0, 1, 2]))

    def test_an_early_expensive_discovery_is_improved(self):
        # 3 is reached first through 1 (cost 100 + 1) and improved through 2 later.
        edges = [(0, 1, 1), (1, 3, 100), (0, 2, 5), (2, 3, 1), (3, 4, 1)]
        self.assertEqual(shortest_path(5, edges, 0, 4), (7, [0, 2, 3, 4]))

    def test_zero_cost_roads(self):
        edges = [(0, 1, 0), (1, 2, 0), (2, 3, 0), (0, 3, 1)]
        self.assertEqual(shortest_path(4, edges, 0, 3), (0, [0, 1, 2, 3]))

    def test_large_costs(self):
        edges = [(i, i + 1, 1_000_000) for i in range(10)]
        self.assertEqual(shortest_path(11, edges, 0, 10), (10_000_000, list(range(11))))

    def test_does_not_change_the_roads(self):
        edges = [(0, 1, 2), (1, 2, 2)]
        shortest_path(3, edges, 0, 2)
        self.assertEqual(edges, [(0, 1, 2), (1, 2, 2)])

    def test_30_000_junctions_in_a_chain_with_decoy_roads(self):
        # The chain i -> i + 1 costs 1 per road. Every extra road forward costs more than the
        # chain between its ends, and roads backward cannot help, so the chain is the only
        # cheapest route, although the decoys need far fewer roads.
        n = 30_000
        edges = [(i, i + 1, 1) for i in range(n - 1)]
        for u, v, w in lcg_edges(5, n, 60_000, 50):
            edges.append((u, v, w + (v - u) + 1 if v > u else w))
        result = shortest_path(n, edges, 0, n - 1)
        self.assertIsInstance(result, tuple)
        self.assertEqual(result[0], n - 1)
        self.assertTrue(result[1] == list(range(n)), "the path must follow the chain")

    def test_random_network_of_20_000_junctions_and_80_000_roads(self):
        n = 20_000
        edges = lcg_edges(1, n, 80_000, 1000)
        for target, cost in [(12345, 4554), (n - 1, 4074)]:
            with self.subTest(target=target):
                self.assert_cheapest_route(
                    edges, 0, target, shortest_path(n, edges, 0, target), cost
                )
        # No road leads to 19992, so the whole reachable network is explored for nothing.
        self.assertIsNone(shortest_path(n, edges, 0, 19_992))


if __name__ == "__main__":
    unittest.main()
