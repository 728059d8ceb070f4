import heapq
import random
import unittest

from spanning_tree import minimum_spanning_tree
from test_spanning_tree import TreeTestCase


def prim_cost(n, edges):
    """The cost of a minimum spanning tree by Prim's algorithm, for a connected graph."""
    links = [[] for _ in range(n)]
    for u, v, w in edges:
        links[u].append((w, v))
        links[v].append((w, u))
    done = [False] * n
    heap = [(0, 0)]
    total = 0
    while heap:
        w, x = heapq.heappop(heap)
        if done[x]:
            continue
        done[x] = True
        total += w
        for item in links[x]:
            if not done[item[1]]:
                heapq.heappush(heap, item)
    return total


class MinimumSpanningTreeHiddenTest(TreeTestCase):
    def test_sites_without_links(self):
        self.assertIsNone(minimum_spanning_tree(2, []))
        self.assertIsNone(minimum_spanning_tree(3, [(0, 0, 1), (1, 1, 1), (0, 0, 2)]))

    def test_two_separate_groups(self):
        edges = [(0, 1, 1), (1, 2, 1), (3, 4, 1)]
        self.assertIsNone(minimum_spanning_tree(5, edges))

    def test_the_n_minus_1_cheapest_links_would_close_a_cycle(self):
        edges = [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 50)]
        self.assert_cheapest_tree(4, edges, minimum_spanning_tree(4, edges), 52)

    def test_does_not_change_the_links(self):
        edges = [(0, 1, 4), (1, 2, 2), (0, 2, 5)]
        minimum_spanning_tree(3, edges)
        self.assertEqual(edges, [(0, 1, 4), (1, 2, 2), (0, 2, 5)])

    def test_random_graphs_against_prim(self):
        rng = random.Random(4)
        for trial in range(20):
            n = rng.randint(2, 60)
            edges = [(i, rng.randrange(i), rng.randint(-20, 20)) for i in range(1, n)]  # connected
            edges += [(rng.randrange(n), rng.randrange(n), rng.randint(-20, 20)) for _ in range(2 * n)]
            with self.subTest(trial=trial):
                self.assert_cheapest_tree(n, edges, minimum_spanning_tree(n, edges), prim_cost(n, edges))

    def test_a_chain_then_100_000_links_from_one_end(self):
        # The chain of cost-1 links is the answer. Then 100,000 dearer links all start at one
        # end of the chain: a union-find without path compression or union by size walks the
        # whole chain for each of them. The chain is listed in both directions.
        n = 100_000
        for forward in (True, False):
            edges = [(i, i + 1, 1) if forward else (i + 1, i, 1) for i in range(n - 1)]
            end = 0 if forward else n - 1
            edges += [(end, (7 * k + 3) % n, 2) for k in range(100_000)]
            with self.subTest(forward=forward):
                self.assert_cheapest_tree(n, edges, minimum_spanning_tree(n, edges), n - 1)

    def test_100_000_sites_and_200_000_links(self):
        n = 100_000
        rng = random.Random(13)
        edges = [(i, rng.randrange(i), rng.randint(-1000, 1000)) for i in range(1, n)]
        edges += [(rng.randrange(n), rng.randrange(n), rng.randint(-1000, 1000)) for _ in range(100_001)]
        # The cost below was computed with Prim's algorithm (prim_cost above).
        self.assert_cheapest_tree(n, edges, minimum_spanning_tree(n, edges), -42_779_130)


if __name__ == "__main__":
    unittest.main()
