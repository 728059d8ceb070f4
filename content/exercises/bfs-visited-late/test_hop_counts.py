import unittest

from hop_counts import bfs_distances


class CountingGraph(dict):
    """A graph dict that fails the test when nodes' links are looked up far too often."""

    def __init__(self, links):
        super().__init__(links)
        nodes = set(self)
        for targets in self.values():
            nodes.update(targets)
        self.lookups = 0
        self.limit = 2 * len(nodes) + 10

    def _count(self):
        self.lookups += 1
        if self.lookups > self.limit:
            raise AssertionError(
                "looked up the links of nodes %d times in a graph of %d nodes: "
                "nodes are being expanded more than once" % (self.lookups, (self.limit - 10) // 2)
            )

    def __getitem__(self, node):
        self._count()
        return super().__getitem__(node)

    def get(self, node, default=None):
        self._count()
        return super().get(node, default)


def layered(layers, width):
    """Layers of `width` nodes, every node linked to every node of the next layer."""
    graph = {}
    for layer in range(layers - 1):
        for i in range(width):
            graph[(layer, i)] = [(layer + 1, j) for j in range(width)]
    return graph


class BfsDistancesTest(unittest.TestCase):
    def test_the_example(self):
        graph = CountingGraph({"a": ["b", "c"], "b": ["c", "d"], "c": ["d"], "d": []})
        self.assertEqual(bfs_distances(graph, "a"), {"a": 0, "b": 1, "c": 1, "d": 2})

    def test_from_another_node(self):
        graph = CountingGraph({"a": ["b", "c"], "b": ["c", "d"], "c": ["d"], "d": []})
        self.assertEqual(bfs_distances(graph, "c"), {"c": 0, "d": 1})

    def test_a_shortcut_found_while_the_node_waits_in_the_queue(self):
        graph = CountingGraph({0: [1, 2], 1: [2, 3], 2: [3], 3: []})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1, 2: 1, 3: 2})

    def test_nodes_without_a_key(self):
        self.assertEqual(bfs_distances(CountingGraph({1: [2], 2: [3]}), 1), {1: 0, 2: 1, 3: 2})

    def test_a_source_without_links(self):
        self.assertEqual(bfs_distances(CountingGraph({"x": []}), "x"), {"x": 0})
        self.assertEqual(bfs_distances(CountingGraph({}), "x"), {"x": 0})

    def test_a_cycle_back_to_the_source(self):
        graph = CountingGraph({0: [1], 1: [2], 2: [0]})
        self.assertEqual(bfs_distances(graph, 0), {0: 0, 1: 1, 2: 2})

    def test_fully_linked_layers(self):
        graph = CountingGraph(layered(4, 3))
        distances = bfs_distances(graph, (0, 0))
        self.assertEqual(distances[(0, 0)], 0)
        self.assertEqual(distances[(3, 2)], 3)
        self.assertEqual(len(distances), 1 + 3 * 3)


if __name__ == "__main__":
    unittest.main()
