import unittest

from dijkstra import shortest_path


class RouteTestCase(unittest.TestCase):
    def assert_cheapest_route(self, edges, source, target, result, expected_cost):
        """Check that result is (expected_cost, path) for a real path from source to target."""
        self.assertIsInstance(result, tuple, "expected (cost, path), got %r" % (result,))
        self.assertEqual(len(result), 2, "expected (cost, path), got %r" % (result,))
        cost, path = result
        self.assertEqual(cost, expected_cost, "the cost of a cheapest route")
        self.assertIsInstance(path, list, "the path must be a list of junctions")
        self.assertTrue(path and path[0] == source, "the path must start at the source")
        self.assertEqual(path[-1], target, "the path must end at the target")
        hops = set(zip(path, path[1:]))
        cheapest = {}
        for u, v, w in edges:
            if (u, v) in hops and ((u, v) not in cheapest or w < cheapest[(u, v)]):
                cheapest[(u, v)] = w
        total = 0
        for u, v in zip(path, path[1:]):
            if (u, v) not in cheapest:
                self.fail("the path uses %d -> %d, which is not a road" % (u, v))
            total += cheapest[(u, v)]
        self.assertEqual(total, cost, "the roads on the path do not add up to the cost")


EDGES = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5)]


class ShortestPathTest(RouteTestCase):
    def test_cheaper_through_a_detour(self):
        self.assertEqual(shortest_path(4, EDGES, 0, 3), (4, [0, 2, 1, 3]))

    def test_direct_road(self):
        self.assertEqual(shortest_path(4, EDGES, 0, 2), (1, [0, 2]))

    def test_roads_are_one_way(self):
        self.assertIsNone(shortest_path(4, EDGES, 3, 0))

    def test_source_is_the_target(self):
        self.assertEqual(shortest_path(4, EDGES, 1, 1), (0, [1]))

    def test_parallel_roads_and_a_free_road(self):
        self.assertEqual(shortest_path(3, [(0, 1, 5), (0, 1, 2), (1, 2, 0)], 0, 2), (2, [0, 1, 2]))

    def test_fewest_roads_is_not_cheapest(self):
        edges = [(0, 4, 10), (0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)]
        self.assertEqual(shortest_path(5, edges, 0, 4), (4, [0, 1, 2, 3, 4]))

    def test_equally_cheap_routes(self):
        edges = [(0, 1, 1), (1, 3, 1), (0, 2, 1), (2, 3, 1)]
        self.assert_cheapest_route(edges, 0, 3, shortest_path(4, edges, 0, 3), 2)


if __name__ == "__main__":
    unittest.main()
