import random
import unittest

from lfu_cache import LFUCache


class ModelLFU:
    """An obviously correct, slow LFU cache to compare against: O(capacity) per eviction."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values, self.counts, self.last_use = {}, {}, {}
        self.clock = 0

    def _use(self, key):
        self.clock += 1
        self.counts[key] = self.counts.get(key, 0) + 1
        self.last_use[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.last_use[k]))
            for table in (self.values, self.counts, self.last_use):
                del table[victim]
        self.values[key] = value
        self._use(key)


class LFUCacheHiddenTest(unittest.TestCase):
    def assert_all_equal(self, got, expected, what):
        # Compares long lists without unittest's diff, which is very slow on them.
        self.assertEqual(len(got), len(expected))
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("%s #%d: expected %r, got %r" % (what, i, wanted, actual))

    def test_a_miss_changes_nothing(self):
        cache = LFUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        self.assertEqual(cache.get(3), -1)
        cache.put(3, 30)  # 1 and 2 tie at one use; 1 is older
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(2), 20)

    def test_an_evicted_key_starts_over(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        for _ in range(3):
            cache.get("a")
        cache.put("b", 2)
        cache.put("c", 3)  # evicts b
        cache.put("b", 22)  # evicts c; b is back with one use, not two
        cache.get("c")
        cache.put("d", 4)  # b (1 use) goes, not a (4 uses)
        self.assertEqual(cache.get("b"), -1)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("d"), 4)

    def test_counts_drop_back_after_the_least_used_group_empties(self):
        cache = LFUCache(3)
        for key in "abc":
            cache.put(key, key)
        for key in "abc":
            cache.get(key)  # all at 2 uses: the group of 1 is gone
        cache.put("d", "d")  # evicts a (2 uses, least recent); d has 1
        cache.put("e", "e")  # evicts d, the only key with 1 use
        self.assertEqual([cache.get(key) for key in "abcde"], [-1, "b", "c", -1, "e"])

    def test_values_of_any_type(self):
        cache = LFUCache(3)
        cache.put("list", [1, 2])
        cache.put("none", None)
        cache.put(("tuple", "key"), {"x": 1})
        self.assertEqual(cache.get("list"), [1, 2])
        self.assertIsNone(cache.get("none"))
        self.assertEqual(cache.get(("tuple", "key")), {"x": 1})

    def test_caches_do_not_share_entries(self):
        first, second = LFUCache(2), LFUCache(2)
        first.put("k", 1)
        self.assertEqual(second.get("k"), -1)
        second.put("k", 2)
        self.assertEqual(first.get("k"), 1)

    def test_huge_capacity_costs_nothing_up_front(self):
        cache = LFUCache(10**9)
        cache.put(1, 1)
        self.assertEqual(cache.get(1), 1)

    def test_random_operations_against_a_simple_model(self):
        rng = random.Random(460)
        for round_ in range(300):
            capacity = rng.randint(1, 5)
            cache, model = LFUCache(capacity), ModelLFU(capacity)
            keys = rng.randint(1, 9)
            for step in range(60):
                key = rng.randrange(keys)
                if rng.random() < 0.5:
                    got, wanted = cache.get(key), model.get(key)
                    if got != wanted:
                        self.fail("round %d, step %d: get(%r) gave %r, expected %r"
                                  % (round_, step, key, got, wanted))
                else:
                    cache.put(key, (round_, step))
                    model.put(key, (round_, step))
            for key in range(keys):
                self.assertEqual(cache.get(key), model.get(key), "round %d, key %r" % (round_, key))

    def test_400_000_operations_with_100_000_evictions(self):
        n = 50_000
        cache = LFUCache(n)
        get, put = cache.get, cache.put
        for key in range(n):  # all keys at 1 use
            put(key, key)
        for key in range(n // 2):  # first half at 2 uses
            get(key)
        for key in range(n // 4):  # first quarter at 3 uses
            get(key)
        # 25,000 new keys evict the keys with 1 use, least recent first: all of [n/2, n).
        for key in range(n, n + n // 2):
            put(key, key)
        for key in range(n, n + n // 4):  # an update is a use: these reach 2 uses
            put(key, 10 * key)
        # 75,000 more new keys: the first 12,500 evict [n + n/4, n + n/2), the rest evict one
        # another, so only the last 12,500 of them survive.
        fresh = list(range(2 * n, 2 * n + 75_000))
        for key in fresh:
            put(key, key)

        keys = list(range(n + n // 2)) + fresh
        expected = (
            list(range(n // 2))
            + [-1] * (n // 2)
            + [10 * key for key in range(n, n + n // 4)]
            + [-1] * (n // 4)
            + [-1] * (75_000 - n // 4)
            + fresh[-(n // 4):]
        )
        self.assert_all_equal([get(key) for key in keys], expected, "read")


if __name__ == "__main__":
    unittest.main()
