import bisect
import hashlib
import unittest

from hash_ring import HashRing, ring_position


def point_of(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


class ModelRing:
    """The ring as the statement defines it, built from scratch: a sorted list of (point, node)."""

    def __init__(self, nodes, replicas):
        self.points = sorted((point_of("%s#%d" % (node, i)), node)
                             for node in nodes for i in range(replicas))

    def owner(self, key):
        i = bisect.bisect_left(self.points, (point_of(key),))
        return self.points[i % len(self.points)][1]


class HashRingTest(unittest.TestCase):
    def test_ring_position(self):
        self.assertEqual(ring_position(""), 16406829232824261652)
        self.assertEqual(ring_position("abc"), 0xBA7816BF8F01CFEA)
        self.assertEqual(ring_position("node-1#0"), point_of("node-1#0"))
        self.assertIsInstance(ring_position("x"), int)

    def test_an_empty_ring_has_no_owner(self):
        with self.assertRaises(LookupError):
            HashRing().get_node("anything")

    def test_one_node_owns_every_key(self):
        ring = HashRing(replicas=5)
        ring.add_node("solo")
        for key in ["a", "b", "user:1", "", "zzz"]:
            self.assertEqual(ring.get_node(key), "solo")

    def test_a_key_on_a_virtual_node_belongs_to_it(self):
        ring = HashRing(replicas=3)
        for name in ["a", "b", "c"]:
            ring.add_node(name)
        for name in ["a", "b", "c"]:
            for i in range(3):
                self.assertEqual(ring.get_node("%s#%d" % (name, i)), name)

    def test_owners_match_the_definition(self):
        ring = HashRing(replicas=4)
        names = ["cache-1", "cache-2", "cache-3"]
        for name in names:
            ring.add_node(name)
        model = ModelRing(names, 4)
        for k in range(500):
            key = "key-%d" % k
            self.assertEqual(ring.get_node(key), model.owner(key), key)

    def test_keys_past_the_last_point_wrap_around(self):
        ring = HashRing(replicas=1)
        for name in ["x", "y", "z"]:
            ring.add_node(name)
        points = sorted((point_of(name + "#0"), name) for name in ["x", "y", "z"])
        past_the_end = [key for key in ("k%d" % i for i in range(200))
                        if point_of(key) > points[-1][0]]
        self.assertTrue(past_the_end)
        for key in past_the_end:
            self.assertEqual(ring.get_node(key), points[0][1], key)

    def test_nodes_and_errors(self):
        ring = HashRing(replicas=2)
        ring.add_node("b")
        ring.add_node("a")
        self.assertEqual(ring.nodes(), ["a", "b"])
        with self.assertRaises(ValueError):
            ring.add_node("a")
        with self.assertRaises(KeyError):
            ring.remove_node("nope")
        ring.remove_node("b")
        self.assertEqual(ring.nodes(), ["a"])
        self.assertEqual(ring.get_node("b#0"), "a")
        for replicas in [0, -1]:
            with self.subTest(replicas=replicas):
                with self.assertRaises(ValueError):
                    HashRing(replicas=replicas)


if __name__ == "__main__":
    unittest.main()
