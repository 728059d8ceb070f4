import unittest

from rate_limiter import RateLimiter


class RateLimiterHiddenTest(unittest.TestCase):
    def test_no_burst_across_a_window_boundary(self):
        # A fixed window per 10 seconds would reset at 10 and allow 6 requests in 2 seconds.
        limiter = RateLimiter(3, 10)
        self.assertEqual([limiter.allow("a", 9) for _ in range(3)], [True, True, True])
        self.assertEqual([limiter.allow("a", 10) for _ in range(3)], [False, False, False])
        self.assertEqual([limiter.allow("a", 18.5) for _ in range(3)], [False, False, False])
        self.assertEqual([limiter.allow("a", 19) for _ in range(4)], [True, True, True, False])

    def test_float_timestamps_and_window(self):
        limiter = RateLimiter(2, 0.5)
        results = [limiter.allow("a", t) for t in [0.0, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875]]
        # At 0.375 the window (-0.125, 0.375] already holds 0.0 and 0.25; at 0.5 the request at
        # 0.0 has left (0, 0.5], and so on: every other request from then on gets through.
        self.assertEqual(results, [True, True, False, True, False, True, False])

    def test_limit_of_one(self):
        limiter = RateLimiter(1, 3)
        results = [limiter.allow("a", t) for t in range(10)]
        self.assertEqual(results, [t % 3 == 0 for t in range(10)])

    def test_a_long_quiet_period(self):
        limiter = RateLimiter(2, 5)
        self.assertEqual([limiter.allow("a", 0) for _ in range(3)], [True, True, False])
        self.assertEqual([limiter.allow("a", 10**9) for _ in range(3)], [True, True, False])

    def test_separate_limiters_share_nothing(self):
        first, second = RateLimiter(1, 10), RateLimiter(1, 10)
        self.assertIs(first.allow("a", 0), True)
        self.assertIs(second.allow("a", 0), True)

    def test_many_clients_interleaved(self):
        # 50 clients each ask once a second for 2,000 seconds, with 5 allowed per 10 seconds:
        # every client gets through in the first 5 seconds of each 10.
        limiter = RateLimiter(5, 10)
        clients = ["client-%d" % c for c in range(50)]
        for t in range(2000):
            expected = t % 10 < 5
            for client in clients:
                if limiter.allow(client, t) is not expected:
                    self.fail("allow(%r, %d) should be %r" % (client, t, expected))

    def test_300_000_requests_against_a_limit_of_50_000(self):
        # One request per second with 50,000 allowed per 100,000 seconds: the first 50,000 go
        # through, the next 50,000 are rejected, and so on, alternating.
        limiter = RateLimiter(50_000, 100_000)
        for t in range(300_000):
            expected = (t // 50_000) % 2 == 0
            if limiter.allow("busy", t) is not expected:
                self.fail("allow('busy', %d) should be %r" % (t, expected))


if __name__ == "__main__":
    unittest.main()
