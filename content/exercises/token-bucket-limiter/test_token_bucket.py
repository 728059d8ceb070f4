import math
import unittest

from token_bucket import TokenBucket


class TokenBucketTest(unittest.TestCase):
    def test_starts_full_and_allows_a_burst_of_capacity(self):
        bucket = TokenBucket(capacity=3, rate=1)
        self.assertEqual([bucket.allow(0) for _ in range(4)], [True, True, True, False])

    def test_refills_over_time(self):
        bucket = TokenBucket(capacity=2, rate=1)
        bucket.allow(0)
        bucket.allow(0)
        self.assertFalse(bucket.allow(0.5))
        self.assertTrue(bucket.allow(1))
        self.assertFalse(bucket.allow(1))
        self.assertTrue(bucket.allow(3))
        self.assertTrue(bucket.allow(3))  # two seconds gave two tokens
        self.assertFalse(bucket.allow(3))

    def test_fractions_of_a_token_add_up_across_calls(self):
        bucket = TokenBucket(capacity=1, rate=1)
        self.assertTrue(bucket.allow(0))
        # Each call sees a quarter of a token more; none of them may throw that fraction away.
        self.assertEqual([bucket.allow(t) for t in [0.25, 0.5, 0.75]], [False, False, False])
        self.assertTrue(bucket.allow(1.0))

    def test_never_holds_more_than_capacity(self):
        bucket = TokenBucket(capacity=3, rate=2)
        self.assertEqual(bucket.available(1000), 3)
        self.assertEqual([bucket.allow(1000) for _ in range(4)], [True, True, True, False])

    def test_a_rejected_request_takes_nothing(self):
        bucket = TokenBucket(capacity=4, rate=1)
        self.assertTrue(bucket.allow(0, cost=3))
        self.assertFalse(bucket.allow(0, cost=2))  # only 1 token
        self.assertEqual(bucket.available(0), 1)
        self.assertTrue(bucket.allow(0, cost=1))

    def test_statement_example(self):
        bucket = TokenBucket(capacity=3, rate=2)
        self.assertEqual([bucket.allow(0) for _ in range(3)], [True, True, True])
        self.assertFalse(bucket.allow(0.25))
        self.assertEqual(bucket.retry_after(0.25), 0.25)
        self.assertTrue(bucket.allow(0.5))
        self.assertEqual(bucket.available(100), 3)
        self.assertTrue(bucket.allow(100, cost=2))
        self.assertFalse(bucket.allow(100, cost=5))
        self.assertEqual(bucket.retry_after(100, cost=5), math.inf)

    def test_invalid_arguments(self):
        for capacity, rate in [(0, 1), (-1, 1), (1, 0), (1, -0.5)]:
            with self.subTest(capacity=capacity, rate=rate):
                with self.assertRaises(ValueError):
                    TokenBucket(capacity, rate)
        bucket = TokenBucket(capacity=1, rate=1)
        for cost in [0, -1]:
            with self.subTest(cost=cost):
                with self.assertRaises(ValueError):
                    bucket.allow(0, cost=cost)


if __name__ == "__main__":
    unittest.main()
