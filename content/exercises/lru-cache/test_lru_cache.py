import unittest

from lru_cache import LRUCache


class LRUCacheTest(unittest.TestCase):
    def test_missing_key_gives_minus_one(self):
        cache = LRUCache(2)
        self.assertEqual(cache.get("nope"), -1)

    def test_put_then_get(self):
        cache = LRUCache(2)
        cache.put(1, "one")
        cache.put(2, "two")
        self.assertEqual(cache.get(1), "one")
        self.assertEqual(cache.get(2), "two")

    def test_evicts_the_least_recently_used(self):
        cache = LRUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        cache.put(3, 30)  # over capacity: 1 is the least recently used
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(2), 20)
        self.assertEqual(cache.get(3), 30)

    def test_get_makes_a_key_recently_used(self):
        cache = LRUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        self.assertEqual(cache.get(1), 10)  # now 2 is the least recently used
        cache.put(3, 30)
        self.assertEqual(cache.get(2), -1)
        self.assertEqual(cache.get(1), 10)
        self.assertEqual(cache.get(3), 30)

    def test_put_on_an_existing_key_updates_and_refreshes_it(self):
        cache = LRUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        cache.put(1, 11)  # an update, not a new entry: nothing is evicted, 2 becomes the oldest
        self.assertEqual(cache.get(2), 20)
        self.assertEqual(cache.get(1), 11)
        cache.put(3, 30)  # 2 was read before 1, so 2 goes
        self.assertEqual(cache.get(2), -1)
        self.assertEqual(cache.get(1), 11)

    def test_capacity_one(self):
        cache = LRUCache(1)
        cache.put("a", 1)
        self.assertEqual(cache.get("a"), 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), -1)
        self.assertEqual(cache.get("b"), 2)
        cache.put("b", 3)
        self.assertEqual(cache.get("b"), 3)

    def test_capacity_below_one_is_rejected(self):
        for capacity in [0, -1]:
            with self.subTest(capacity=capacity):
                with self.assertRaises(ValueError):
                    LRUCache(capacity)

    def test_classic_sequence(self):
        cache = LRUCache(2)
        cache.put(1, 1)
        cache.put(2, 2)
        self.assertEqual(cache.get(1), 1)
        cache.put(3, 3)
        self.assertEqual(cache.get(2), -1)
        cache.put(4, 4)
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(3), 3)
        self.assertEqual(cache.get(4), 4)


if __name__ == "__main__":
    unittest.main()
