import copy
import unittest

from hop_counts import bfs_distances
from test_hop_counts import CountingGraph, layered


class BfsDistancesHiddenTest(unittest.TestCase):
    def test_unreachable_nodes_are_left_out(self):
        graph = CountingGraph({0: [1], 1: [], 2: [0], 3: [4]})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1})

    def test_links_are_one_way(self):
        graph = CountingGraph({"a": ["b"], "b": [], "c": ["a"]})
        self.assertEqual(bfs_distances(graph, "b"), {"b": 0})

    def test_self_loops_and_repeated_links(self):
        graph = CountingGraph({0: [0, 1, 1], 1: [1, 2, 0], 2: [2]})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1, 2: 2})

    def test_the_long_way_round_is_not_the_distance(self):
        # Node 4 is two links from 0 through one branch and three through the other. A
        # depth-first walk goes down one branch first; the two mirror images catch either order.
        graph = CountingGraph({0: [1, 2], 1: [4], 2: [3], 3: [4], 4: []})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1, 2: 1, 3: 2, 4: 2})
        graph = CountingGraph({0: [1, 2], 1: [3], 3: [4], 2: [4], 4: []})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1, 2: 1, 3: 2, 4: 2})

    def test_does_not_change_the_graph(self):
        links = {0: [1, 2], 1: [2], 2: []}
        before = copy.deepcopy(links)
        bfs_distances(CountingGraph(links), 0)
        bfs_distances(links, 0)
        self.assertEqual(links, before)

    def test_forty_fully_linked_layers(self):
        # Expanding a node once per copy in the queue multiplies the copies by 3 per layer.
        graph = CountingGraph(layered(40, 3))
        distances = bfs_distances(graph, (0, 1))
        self.assertEqual(len(distances), 1 + 39 * 3)
        self.assertEqual(distances[(39, 0)], 39)

    def test_a_complete_graph_of_1000_nodes(self):
        n = 1000
        graph = CountingGraph({i: [j for j in range(n) if j != i] for i in range(n)})
        distances = bfs_distances(graph, 0)
        self.assertEqual(len(distances), n)
        self.assertTrue(all(distances[i] == 1 for i in range(1, n)), "every node is one link away")

    def test_100_000_nodes_with_long_jumps(self):
        # i links to i + 1 and to i + 10: node i is i // 10 + i % 10 links from 0.
        n = 100_000
        graph = CountingGraph({i: [i + 1, i + 10] for i in range(n - 10)})
        distances = bfs_distances(graph, 0)
        self.assertEqual(len(distances), n)
        for i in [1, 9, 10, 19, 55_555, n - 1]:
            self.assertEqual(distances[i], i // 10 + i % 10)


if __name__ == "__main__":
    unittest.main()
