import unittest

from lfu_cache import LFUCache


class LFUCacheTest(unittest.TestCase):
    def test_missing_key_gives_minus_one(self):
        cache = LFUCache(2)
        self.assertEqual(cache.get("nope"), -1)

    def test_put_then_get(self):
        cache = LFUCache(2)
        cache.put(1, "one")
        cache.put(2, "two")
        self.assertEqual(cache.get(1), "one")
        self.assertEqual(cache.get(2), "two")

    def test_evicts_the_least_frequently_used(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.get("b")
        cache.get("b")
        cache.get("a")  # a: 2 uses, b: 3 uses; a is the most recent, but the least used
        cache.put("c", 3)
        self.assertEqual(cache.get("a"), -1)
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(cache.get("c"), 3)

    def test_statement_example(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1)
        cache.put("c", 3)  # b has the fewest uses
        self.assertEqual(cache.get("b"), -1)
        self.assertEqual(cache.get("c"), 3)
        cache.put("d", 4)  # a and c have 2 uses each; a was used less recently
        self.assertEqual(cache.get("a"), -1)
        self.assertEqual(cache.get("c"), 3)
        self.assertEqual(cache.get("d"), 4)

    def test_a_tie_goes_to_the_least_recently_used_not_the_oldest(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.get("b")
        cache.get("a")  # both have 2 uses; a was inserted first but used last
        cache.put("c", 3)
        self.assertEqual(cache.get("b"), -1)
        self.assertEqual(cache.get("a"), 1)

    def test_updating_a_key_counts_as_a_use(self):
        cache = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("a", 10)  # a: 2 uses, b: 1
        cache.put("b", 20)  # b: 2 uses, and now the most recent
        cache.put("a", 100)  # a: 3 uses
        cache.put("c", 3)  # b has fewer uses than a
        self.assertEqual(cache.get("b"), -1)
        self.assertEqual(cache.get("a"), 100)
        self.assertEqual(cache.get("c"), 3)

    def test_updating_when_full_evicts_nothing(self):
        cache = LFUCache(2)
        cache.put(1, "x")
        cache.put(2, "y")
        cache.put(1, "z")
        self.assertEqual(cache.get(1), "z")
        self.assertEqual(cache.get(2), "y")

    def test_a_new_key_starts_at_one_use(self):
        cache = LFUCache(2)
        cache.put("old", 0)
        for _ in range(5):
            cache.get("old")
        cache.put("x", 1)
        cache.put("y", 2)  # x (1 use) goes, not old (6 uses)
        cache.put("z", 3)  # y (1 use) goes: the newest key is always at risk
        self.assertEqual(cache.get("x"), -1)
        self.assertEqual(cache.get("y"), -1)
        self.assertEqual(cache.get("old"), 0)
        self.assertEqual(cache.get("z"), 3)

    def test_capacity_one(self):
        cache = LFUCache(1)
        cache.put("a", 1)
        cache.get("a")
        cache.put("b", 2)  # the only entry goes, however often it was used
        self.assertEqual(cache.get("a"), -1)
        self.assertEqual(cache.get("b"), 2)

    def test_capacity_below_one_is_rejected(self):
        for capacity in [0, -1]:
            with self.subTest(capacity=capacity):
                with self.assertRaises(ValueError):
                    LFUCache(capacity)


if __name__ == "__main__":
    unittest.main()
