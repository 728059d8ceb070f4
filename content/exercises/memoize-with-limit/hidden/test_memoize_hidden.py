import random
import unittest

from memoize import CacheInfo, memoize
from test_memoize import Counted


class MemoizeHiddenTest(unittest.TestCase):
    def test_cache_info_is_a_named_tuple(self):
        cached = memoize(None)(abs)
        cached(-2)
        info = cached.cache_info()
        self.assertIsInstance(info, CacheInfo)
        self.assertEqual(info, CacheInfo(hits=0, misses=1, maxsize=None, currsize=1))

    def test_a_hit_protects_an_entry_from_eviction(self):
        f = Counted(str)
        cached = memoize(3)(f)
        for x in [1, 2, 3, 1, 4]:  # 1 is used again, so 2 is the least recently used
            cached(x)
        cached(1)
        cached(3)
        self.assertEqual(len(f.calls), 4)
        cached(2)  # evicted: computed again
        self.assertEqual(len(f.calls), 5)

    def test_maxsize_zero_never_stores(self):
        f = Counted(lambda x: x)
        cached = memoize(0)(f)
        for _ in range(3):
            cached("x")
        self.assertEqual(len(f.calls), 3)
        self.assertEqual(tuple(cached.cache_info()), (0, 3, 0, 0))

    def test_exceptions_are_not_cached(self):
        outcomes = [ValueError("first try"), "ok"]

        def flaky(key):
            outcome = outcomes.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

        cached = memoize()(flaky)
        with self.assertRaises(ValueError):
            cached("k")
        self.assertEqual(cached("k"), "ok")
        self.assertEqual(cached("k"), "ok")
        self.assertEqual(tuple(cached.cache_info()), (1, 2, 128, 1))

    def test_none_is_a_result_like_any_other(self):
        f = Counted(lambda x: None)
        cached = memoize()(f)
        self.assertIsNone(cached(1))
        self.assertIsNone(cached(1))
        self.assertEqual(len(f.calls), 1)

    def test_a_positional_argument_is_not_a_keyword_one(self):
        f = Counted(lambda x=0: x)
        cached = memoize()(f)
        cached(1)
        cached(x=1)
        self.assertEqual(len(f.calls), 2)

    def test_mixed_positional_and_keyword_arguments(self):
        f = Counted(lambda a, b=0, *, c=0, d=0: (a, b, c, d))
        cached = memoize()(f)
        self.assertEqual(cached(1, 2, c=3, d=4), (1, 2, 3, 4))
        self.assertEqual(cached(1, 2, d=4, c=3), (1, 2, 3, 4))
        self.assertEqual(cached(1, 2, c=3), (1, 2, 3, 0))
        self.assertEqual(cached(1, c=3, d=4), (1, 0, 3, 4))
        self.assertEqual(len(f.calls), 3)

    def test_unhashable_arguments_raise_type_error(self):
        cached = memoize()(len)
        with self.assertRaises(TypeError):
            cached([1, 2])

    def test_each_function_has_its_own_cache(self):
        double = memoize(5)(lambda x: 2 * x)
        triple = memoize(5)(lambda x: 3 * x)
        self.assertEqual(double(4), 8)
        self.assertEqual(triple(4), 12)
        self.assertEqual(double.cache_info().misses, 1)
        self.assertEqual(triple.cache_info().misses, 1)

    def test_wrapped_is_the_original(self):
        def original(x):
            return x

        self.assertIs(memoize()(original).__wrapped__, original)

    def test_a_huge_maxsize_costs_nothing_up_front(self):
        cached = memoize(10**9)(lambda x: x + 1)
        self.assertEqual(cached(1), 2)
        self.assertEqual(cached.cache_info().currsize, 1)

    def test_200_000_calls_with_maxsize_50_000(self):
        n = 50_000
        rng = random.Random(7)
        f = Counted(lambda x: x * 3)
        cached = memoize(n)(f)
        keys = list(range(n))
        for key in keys:  # fills the cache
            cached(key)
        rng.shuffle(keys)
        for key in keys:  # 50,000 hits; recency now follows the shuffled order
            cached(key)
        for key in range(n, n + n // 2):  # 25,000 misses evict the oldest 25,000
            cached(key)
        survivors = keys[n // 2 :]
        for key in survivors:  # hits
            cached(key)
        evicted = keys[: n // 2]
        for key in evicted[:50_000]:  # misses again
            cached(key)
        info = cached.cache_info()
        self.assertEqual(info.hits, n + n // 2)
        self.assertEqual(info.misses, n + n // 2 + n // 2)
        self.assertEqual(info.currsize, n)
        self.assertEqual(len(f.calls), info.misses)


if __name__ == "__main__":
    unittest.main()
