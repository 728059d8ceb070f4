import math
import unittest

from token_bucket import TokenBucket


class TokenBucketHiddenTest(unittest.TestCase):
    def test_retry_after(self):
        bucket = TokenBucket(capacity=4, rate=0.5)  # one token every 2 seconds
        self.assertEqual(bucket.retry_after(0), 0.0)
        self.assertEqual(bucket.retry_after(0, cost=4), 0.0)
        bucket.allow(0, cost=4)
        self.assertEqual(bucket.retry_after(0), 2.0)
        self.assertEqual(bucket.retry_after(1), 1.0)
        self.assertEqual(bucket.retry_after(1, cost=3), 5.0)  # holds 0.5, needs 2.5 more
        self.assertFalse(bucket.allow(5.75, cost=3))
        self.assertTrue(bucket.allow(6, cost=3))

    def test_waiting_exactly_retry_after_is_enough(self):
        bucket = TokenBucket(capacity=8, rate=4)
        now = 0.0
        for cost in [8, 3, 0.5, 7, 2.25, 8, 1]:
            wait = bucket.retry_after(now, cost)
            if wait > 0:
                self.assertFalse(bucket.allow(now, cost))
            now += wait
            self.assertTrue(bucket.allow(now, cost), "cost %r at %r" % (cost, now))

    def test_a_cost_above_capacity_is_never_allowed(self):
        bucket = TokenBucket(capacity=5, rate=10)
        self.assertFalse(bucket.allow(0, cost=6))
        self.assertFalse(bucket.allow(10**6, cost=5.5))
        self.assertEqual(bucket.retry_after(10**6, cost=6), math.inf)
        self.assertTrue(bucket.allow(10**6, cost=5))

    def test_fractional_costs_and_capacity(self):
        bucket = TokenBucket(capacity=2.5, rate=0.25)
        self.assertTrue(bucket.allow(0, cost=1.5))
        self.assertFalse(bucket.allow(0, cost=1.5))
        self.assertEqual(bucket.available(0), 1.0)
        self.assertTrue(bucket.allow(2, cost=1.5))  # 1 + 2 * 0.25
        self.assertEqual(bucket.available(2), 0.0)

    def test_time_must_not_go_backwards(self):
        bucket = TokenBucket(capacity=2, rate=1, start=100)
        with self.assertRaises(ValueError):
            bucket.allow(99)
        self.assertTrue(bucket.allow(100))
        self.assertTrue(bucket.allow(100))  # the same time twice is fine
        bucket.available(150)
        with self.assertRaises(ValueError):
            bucket.retry_after(149.5)

    def test_starts_full_at_its_start_time(self):
        bucket = TokenBucket(capacity=2, rate=1, start=50)
        self.assertEqual(bucket.available(50), 2)
        bucket.allow(50, cost=2)
        self.assertEqual(bucket.available(50.5), 0.5)

    def test_a_huge_pause_is_one_step(self):
        bucket = TokenBucket(capacity=10**9, rate=10**9)
        self.assertTrue(bucket.allow(0, cost=10**9))
        self.assertEqual(bucket.available(10**12), 10**9)
        slow = TokenBucket(capacity=1, rate=0.001)
        slow.allow(0)
        self.assertFalse(slow.allow(999.5))
        self.assertTrue(slow.allow(10**12))

    def test_buckets_are_independent(self):
        first = TokenBucket(capacity=1, rate=1)
        second = TokenBucket(capacity=1, rate=1)
        self.assertTrue(first.allow(0))
        self.assertTrue(second.allow(0))
        self.assertFalse(first.allow(0))

    def test_a_steady_stream_is_cut_to_the_refill_rate(self):
        # 8 tokens, 4 per second; a request every 1/8 s asks for twice the refill rate. The
        # burst lasts 15 requests, then every other request gets through. In all, the 8 tokens
        # at the start plus 99,999 eighths of a second of refill (half a token each) pay for
        # 50,007 requests.
        bucket = TokenBucket(capacity=8, rate=4)
        results = [bucket.allow(step / 8) for step in range(100_000)]
        self.assertEqual(results[:18], [True] * 15 + [False, True, False])
        self.assertEqual(results[1000:1006], [True, False, True, False, True, False])
        self.assertEqual(sum(results), 50_007)

if __name__ == "__main__":
    unittest.main()
