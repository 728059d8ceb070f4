import unittest

from hash_ring import HashRing
from test_hash_ring import ModelRing


def owners(ring, keys):
    return {key: ring.get_node(key) for key in keys}


KEYS = ["object/%d" % i for i in range(5000)]


class HashRingHiddenTest(unittest.TestCase):
    def test_removing_a_node_moves_only_its_keys(self):
        ring = HashRing(replicas=50)
        for i in range(6):
            ring.add_node("node-%d" % i)
        before = owners(ring, KEYS)
        ring.remove_node("node-3")
        after = owners(ring, KEYS)
        moved = [key for key in KEYS if before[key] != after[key]]
        self.assertTrue(moved)
        self.assertTrue(all(before[key] == "node-3" for key in moved))
        self.assertNotIn("node-3", after.values())

    def test_adding_a_node_moves_keys_only_to_it(self):
        ring = HashRing(replicas=50)
        for i in range(5):
            ring.add_node("node-%d" % i)
        before = owners(ring, KEYS)
        ring.add_node("node-new")
        after = owners(ring, KEYS)
        moved = [key for key in KEYS if before[key] != after[key]]
        self.assertTrue(all(after[key] == "node-new" for key in moved))
        # About a sixth of the keys should move, nowhere near all of them.
        self.assertTrue(len(KEYS) // 12 < len(moved) < len(KEYS) // 3, len(moved))

    def test_removing_and_adding_back_restores_the_mapping(self):
        ring = HashRing(replicas=20)
        for name in ["a", "b", "c", "d"]:
            ring.add_node(name)
        before = owners(ring, KEYS[:1000])
        ring.remove_node("c")
        ring.remove_node("a")
        ring.add_node("a")
        ring.add_node("c")
        self.assertEqual(owners(ring, KEYS[:1000]), before)

    def test_the_order_of_adding_does_not_matter(self):
        first, second = HashRing(replicas=10), HashRing(replicas=10)
        names = ["n%d" % i for i in range(8)]
        for name in names:
            first.add_node(name)
        for name in reversed(names):
            second.add_node(name)
        self.assertEqual(owners(first, KEYS[:1000]), owners(second, KEYS[:1000]))

    def test_virtual_nodes_balance_the_load(self):
        ring = HashRing(replicas=200)
        names = ["server-%d" % i for i in range(10)]
        for name in names:
            ring.add_node(name)
        load = dict.fromkeys(names, 0)
        for i in range(20_000):
            load[ring.get_node("session:%d" % i)] += 1
        self.assertTrue(all(1300 <= count <= 2700 for count in load.values()), load)

    def test_unicode_names_and_keys(self):
        ring = HashRing(replicas=7)
        names = ["узел", "节点", "nœud"]
        for name in names:
            ring.add_node(name)
        model = ModelRing(names, 7)
        for key in ["ключ", "键", "clé", "😀", ""]:
            self.assertEqual(ring.get_node(key), model.owner(key))
        self.assertEqual(ring.get_node("节点#3"), "节点")

    def test_many_nodes_come_and_go(self):
        ring = HashRing(replicas=100)
        names = ["host-%03d" % i for i in range(150)]
        for name in names:
            ring.add_node(name)
        for name in names[::3]:
            ring.remove_node(name)
        remaining = [name for i, name in enumerate(names) if i % 3]
        self.assertEqual(ring.nodes(), sorted(remaining))
        model = ModelRing(remaining, 100)
        for key in KEYS[:2000]:
            self.assertEqual(ring.get_node(key), model.owner(key), key)

    def test_100_000_lookups_on_10_000_virtual_nodes(self):
        names = ["shard-%d" % i for i in range(100)]
        ring = HashRing(replicas=100)
        for name in names:
            ring.add_node(name)
        model = ModelRing(names, 100)
        get_node = ring.get_node
        keys = ["user:%d" % i for i in range(100_000)]
        got = [get_node(key) for key in keys]
        for i in range(0, 100_000, 97):
            if got[i] != model.owner(keys[i]):
                self.fail("%s: expected %r, got %r" % (keys[i], model.owner(keys[i]), got[i]))


if __name__ == "__main__":
    unittest.main()
