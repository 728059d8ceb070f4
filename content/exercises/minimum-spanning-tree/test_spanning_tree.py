import unittest
from collections import Counter

from spanning_tree import minimum_spanning_tree


class TreeTestCase(unittest.TestCase):
    def assert_cheapest_tree(self, n, edges, result, expected_cost):
        """Check that result is (expected_cost, links): n - 1 links from edges connecting all n sites."""
        self.assertIsInstance(result, tuple, "expected (cost, links), got %r" % (type(result).__name__,))
        self.assertEqual(len(result), 2, "expected (cost, links)")
        cost, chosen = result
        self.assertEqual(cost, expected_cost, "the cost of a cheapest network")
        self.assertIsInstance(chosen, list, "the links must be a list")
        self.assertEqual(len(chosen), n - 1, "a network connecting n sites without waste has n - 1 links")
        available = Counter(edges)
        for edge in chosen:
            if available[edge] == 0:
                self.fail("%r is not one of the links offered (or is used twice)" % (edge,))
            available[edge] -= 1
        self.assertEqual(sum(w for _, _, w in chosen), cost, "the chosen links do not add up to the cost")
        root = list(range(n))

        def find(x):
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x

        for u, v, _ in chosen:
            a, b = find(u), find(v)
            if a == b:
                self.fail("the links close a cycle at (%d, %d)" % (u, v))
            root[a] = b


class MinimumSpanningTreeTest(TreeTestCase):
    EDGES = [(0, 1, 4), (1, 2, 2), (0, 2, 5), (2, 3, 1), (1, 3, 7)]

    def test_the_example(self):
        self.assertEqual(
            sorted(minimum_spanning_tree(4, self.EDGES)[1]), [(0, 1, 4), (1, 2, 2), (2, 3, 1)]
        )
        self.assert_cheapest_tree(4, self.EDGES, minimum_spanning_tree(4, self.EDGES), 7)

    def test_a_site_that_cannot_be_reached(self):
        self.assertIsNone(minimum_spanning_tree(3, [(0, 1, 3)]))

    def test_a_single_site(self):
        self.assertEqual(minimum_spanning_tree(1, []), (0, []))

    def test_parallel_links_and_a_self_loop(self):
        edges = [(0, 1, 9), (1, 0, -2), (1, 1, -5)]
        self.assertEqual(minimum_spanning_tree(2, edges), (-2, [(1, 0, -2)]))

    def test_the_cheapest_link_is_not_always_enough(self):
        # Every site's cheapest link is inside a pair; the pairs still need joining.
        edges = [(0, 1, 1), (2, 3, 1), (1, 2, 10), (0, 3, 12)]
        self.assert_cheapest_tree(4, edges, minimum_spanning_tree(4, edges), 12)

    def test_equal_costs(self):
        edges = [(0, 1, 5), (1, 2, 5), (2, 0, 5)]
        self.assert_cheapest_tree(3, edges, minimum_spanning_tree(3, edges), 10)

    def test_negative_costs(self):
        edges = [(0, 1, -3), (1, 2, -4), (0, 2, 1)]
        self.assert_cheapest_tree(3, edges, minimum_spanning_tree(3, edges), -7)


if __name__ == "__main__":
    unittest.main()
