import unittest

from ttl_cache import TTLCache


class TTLCacheTest(unittest.TestCase):
    def test_statement_example(self):
        cache = TTLCache(ttl=10)
        cache.set("token", "abc", now=0)
        cache.set("user:7", {"name": "Ann"}, now=5)
        self.assertEqual(cache.get("token", now=9.5), "abc")
        self.assertIsNone(cache.get("token", now=10))
        self.assertEqual(len(cache), 1)
        cache.set("a", 1, now=6)
        cache.set("b", 2, now=20)
        self.assertEqual(cache.purge(now=16), 2)
        self.assertEqual(len(cache), 1)

    def test_an_entry_expires_exactly_at_ttl(self):
        cache = TTLCache(ttl=10)
        cache.set("k", "v", now=0)
        self.assertEqual(cache.get("k", now=9.999), "v")
        self.assertIsNone(cache.get("k", now=10))

    def test_missing_keys_and_defaults(self):
        cache = TTLCache(ttl=5)
        self.assertIsNone(cache.get("nope", now=0))
        self.assertEqual(cache.get("nope", now=0, default=-1), -1)
        cache.set("k", "v", now=0)
        self.assertEqual(cache.get("k", now=5, default="gone"), "gone")

    def test_setting_again_renews_the_entry(self):
        cache = TTLCache(ttl=10)
        cache.set("k", "old", now=0)
        cache.set("k", "new", now=8)
        self.assertEqual(cache.get("k", now=15), "new")
        self.assertIsNone(cache.get("k", now=18))

    def test_purge_removes_every_expired_entry(self):
        cache = TTLCache(ttl=10)
        for i, key in enumerate("abcde"):
            cache.set(key, i, now=i)  # a expires at 10, b at 11, ... e at 14
        self.assertEqual(cache.purge(now=12), 3)  # a, b, c
        self.assertEqual(len(cache), 2)
        self.assertEqual(cache.get("d", now=12), 3)
        self.assertEqual(cache.get("e", now=12), 4)

    def test_purge_with_nothing_expired(self):
        cache = TTLCache(ttl=10)
        cache.set("a", 1, now=0)
        self.assertEqual(cache.purge(now=9), 0)
        self.assertEqual(len(cache), 1)
        self.assertEqual(TTLCache(ttl=1).purge(now=100), 0)

    def test_ttl_must_be_positive(self):
        for ttl in [0, -5]:
            with self.subTest(ttl=ttl):
                with self.assertRaises(ValueError):
                    TTLCache(ttl)


if __name__ == "__main__":
    unittest.main()
