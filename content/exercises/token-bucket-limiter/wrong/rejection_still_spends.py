# Takes the tokens first and checks afterwards; a rejected request sets the count to zero instead
# of putting the tokens back. A client that is refused loses the tokens it had saved up, so a
# large request that fails starves the small ones after it.
import math


class TokenBucket:
    def __init__(self, capacity, rate, start=0.0):
        if capacity <= 0 or rate <= 0:
            raise ValueError("capacity and rate must be positive")
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.last = start

    def _refill(self, now):
        if now < self.last:
            raise ValueError("time went backwards")
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now

    def allow(self, now, cost=1):
        if cost <= 0:
            raise ValueError("cost must be positive")
        self._refill(now)
        self.tokens -= cost
        if self.tokens < 0:
            self.tokens = 0
            return False
        return True

    def available(self, now):
        self._refill(now)
        return self.tokens

    def retry_after(self, now, cost=1):
        if cost <= 0:
            raise ValueError("cost must be positive")
        self._refill(now)
        if cost > self.capacity:
            return math.inf
        return max(0.0, (cost - self.tokens) / self.rate)
