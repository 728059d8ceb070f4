import random
import unittest

from lru_cache import LRUCache


class LRUCacheHiddenTest(unittest.TestCase):
    def assert_all_equal(self, got, expected, what):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertEqual(len(got), len(expected))
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("%s #%d: expected %r, got %r" % (what, i, wanted, actual))

    def test_a_miss_changes_nothing(self):
        cache = LRUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        self.assertEqual(cache.get(3), -1)
        cache.put(3, 30)
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(2), 20)

    def test_updating_when_full_evicts_nothing(self):
        cache = LRUCache(3)
        for key in "abc":
            cache.put(key, key.upper())
        for key in "abcabc":
            cache.put(key, key * 2)
        self.assertEqual([cache.get(key) for key in "abc"], ["aa", "bb", "cc"])

    def test_values_of_any_type(self):
        cache = LRUCache(3)
        cache.put("list", [1, 2])
        cache.put("none", None)
        cache.put(("tuple", "key"), {"x": 1})
        self.assertEqual(cache.get("list"), [1, 2])
        self.assertIsNone(cache.get("none"))
        self.assertEqual(cache.get(("tuple", "key")), {"x": 1})

    def test_eviction_order_follows_use(self):
        cache = LRUCache(3)
        for key in [1, 2, 3]:
            cache.put(key, key)
        cache.get(1)  # recency, oldest first: 2 3 1
        cache.put(2, 22)  # 3 1 2
        cache.put(4, 4)  # evicts 3 -> 1 2 4
        cache.get(1)  # 2 4 1
        cache.put(5, 5)  # evicts 2 -> 4 1 5
        cache.put(6, 6)  # evicts 4 -> 1 5 6
        self.assertEqual([cache.get(key) for key in [2, 3, 4]], [-1, -1, -1])
        self.assertEqual([cache.get(key) for key in [1, 5, 6]], [1, 5, 6])

    def test_caches_do_not_share_entries(self):
        first = LRUCache(2)
        second = LRUCache(2)
        first.put("k", 1)
        self.assertEqual(second.get("k"), -1)
        second.put("k", 2)
        self.assertEqual(first.get("k"), 1)

    def test_huge_capacity_costs_nothing_up_front(self):
        cache = LRUCache(10**9)
        cache.put(1, 1)
        self.assertEqual(cache.get(1), 1)

    def test_300_000_operations_with_capacity_50_000(self):
        n = 50_000
        rng = random.Random(2024)
        cache = LRUCache(n)
        get, put = cache.get, cache.put

        for key in range(n):  # 50,000 new keys: full, nothing evicted
            put(key, key)
        order = list(range(n))
        rng.shuffle(order)
        self.assert_all_equal([get(key) for key in order], order, "first read")

        rng.shuffle(order)
        for key in order:  # 50,000 updates; recency now follows `order`
            put(key, key + 1)
        for key in range(n, n + n // 2):  # 25,000 new keys evict the 25,000 oldest
            put(key, key)
        evicted = set(order[: n // 2])

        keys = list(range(n + n // 2))
        rng.shuffle(keys)
        expected = [-1 if key in evicted else key + 1 if key < n else key for key in keys]
        self.assert_all_equal([get(key) for key in keys], expected, "second read")  # 75,000

        survivors = [key for key in keys if key not in evicted]  # oldest first
        for key in range(2 * n, 2 * n + 10_000):  # 10,000 new keys evict 10,000 survivors
            put(key, key)
        checked = survivors[:40_000]
        expected = [-1] * 10_000 + [key + 1 if key < n else key for key in checked[10_000:]]
        self.assert_all_equal([get(key) for key in checked], expected, "third read")


if __name__ == "__main__":
    unittest.main()
