import random
import unittest

from ttl_cache import TTLCache


class TTLCacheHiddenTest(unittest.TestCase):
    def test_purge_at_the_exact_expiry_time(self):
        cache = TTLCache(ttl=5)
        cache.set("a", 1, now=0)
        cache.set("b", 2, now=1)
        self.assertEqual(cache.purge(now=5), 1)  # a expires at 5 exactly
        self.assertEqual(len(cache), 1)
        self.assertEqual(cache.purge(now=6), 1)
        self.assertEqual(len(cache), 0)

    def test_purge_when_expired_entries_are_interleaved(self):
        cache = TTLCache(ttl=10)
        for i in range(10):
            cache.set(i, i, now=0 if i % 2 else 5)  # odd keys expire at 10, even at 15
        self.assertEqual(cache.purge(now=12), 5)
        self.assertEqual(sorted(key for key in range(10) if cache.get(key, now=12) is not None),
                         [0, 2, 4, 6, 8])

    def test_everything_expires(self):
        cache = TTLCache(ttl=1)
        for i in range(100):
            cache.set(i, i, now=i / 100)
        self.assertEqual(cache.purge(now=2), 100)
        self.assertEqual(len(cache), 0)

    def test_a_renewed_entry_survives_a_purge(self):
        cache = TTLCache(ttl=10)
        cache.set("k", 1, now=0)
        cache.set("other", 2, now=0)
        cache.set("k", 3, now=9)
        self.assertEqual(cache.purge(now=10), 1)
        self.assertEqual(cache.get("k", now=18.5), 3)

    def test_falsy_values_and_a_fractional_ttl(self):
        cache = TTLCache(ttl=0.5)
        cache.set("zero", 0, now=1)
        cache.set("empty", "", now=1)
        self.assertEqual(cache.get("zero", now=1.25, default="missing"), 0)
        self.assertEqual(cache.get("empty", now=1.25, default="missing"), "")
        self.assertEqual(cache.get("zero", now=1.5, default="missing"), "missing")

    def test_get_removes_what_it_finds_expired(self):
        cache = TTLCache(ttl=3)
        cache.set("k", "v", now=0)
        self.assertEqual(len(cache), 1)
        cache.get("k", now=3)
        self.assertEqual(len(cache), 0)

    def test_random_operations_against_a_simple_model(self):
        rng = random.Random(300)
        for round_ in range(100):
            ttl = rng.choice([1, 2, 5])
            cache, expires, now = TTLCache(ttl), {}, 0
            for step in range(60):
                now += rng.choice([0, 0, 1, 2])
                key = rng.randrange(6)
                roll = rng.random()
                if roll < 0.45:
                    cache.set(key, (round_, step), now)
                    expires[key] = ((round_, step), now + ttl)
                elif roll < 0.85:
                    value, at = expires.get(key, (None, None))
                    wanted = value if at is not None and now < at else None
                    if at is not None and now >= at:
                        del expires[key]
                    got = cache.get(key, now)
                    if got != wanted:
                        self.fail("round %d, step %d: get(%r, %r) gave %r, expected %r"
                                  % (round_, step, key, now, got, wanted))
                else:
                    gone = [k for k, (_, at) in expires.items() if now >= at]
                    for k in gone:
                        del expires[k]
                    self.assertEqual(cache.purge(now), len(gone))
                self.assertEqual(len(cache), len(expires))

    def test_purging_100_000_entries(self):
        cache = TTLCache(ttl=60)
        for i in range(100_000):
            cache.set("session:%d" % i, i, now=i % 100)
        # Entries set at times 0..40 expire by 100 (the ones set at 40 exactly at 100).
        self.assertEqual(cache.purge(now=100), 41_000)
        self.assertEqual(len(cache), 59_000)
        self.assertEqual(cache.get("session:41", now=100), 41)
        self.assertIsNone(cache.get("session:40", now=100))


if __name__ == "__main__":
    unittest.main()
