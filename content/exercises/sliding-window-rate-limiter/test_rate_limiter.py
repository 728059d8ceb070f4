import unittest

from rate_limiter import RateLimiter


class RateLimiterTest(unittest.TestCase):
    def test_example(self):
        limiter = RateLimiter(limit=3, window=10)
        calls = [
            ("ann", 0, True),
            ("ann", 1, True),
            ("ann", 1, True),
            ("ann", 5, False),
            ("bob", 5, True),
            ("ann", 9.5, False),
            ("ann", 10, True),
            ("ann", 10, False),
            ("ann", 11, True),
        ]
        for client, timestamp, expected in calls:
            with self.subTest(client=client, timestamp=timestamp):
                self.assertIs(limiter.allow(client, timestamp), expected)

    def test_up_to_the_limit_at_once(self):
        limiter = RateLimiter(2, 60)
        self.assertEqual([limiter.allow("a", 100) for _ in range(4)], [True, True, False, False])

    def test_a_request_exactly_one_window_old_has_expired(self):
        limiter = RateLimiter(1, 10)
        self.assertIs(limiter.allow("a", 0), True)
        self.assertIs(limiter.allow("a", 9.75), False)
        self.assertIs(limiter.allow("a", 10), True)

    def test_clients_are_independent(self):
        limiter = RateLimiter(1, 10)
        self.assertIs(limiter.allow("a", 0), True)
        self.assertIs(limiter.allow("b", 0), True)
        self.assertIs(limiter.allow("a", 1), False)
        self.assertIs(limiter.allow("c", 1), True)

    def test_rejected_requests_do_not_count(self):
        limiter = RateLimiter(1, 10)
        self.assertIs(limiter.allow("a", 0), True)
        for t in range(1, 10):
            self.assertIs(limiter.allow("a", t), False)
        # Only the request at 0 was recorded, and it has expired.
        self.assertIs(limiter.allow("a", 10), True)

    def test_invalid_arguments(self):
        for limit, window in [(0, 10), (-1, 10), (1, 0), (1, -5)]:
            with self.subTest(limit=limit, window=window):
                with self.assertRaises(ValueError):
                    RateLimiter(limit, window)


if __name__ == "__main__":
    unittest.main()
