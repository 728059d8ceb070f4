# Forgets to cap the refill at the capacity. After a long pause the bucket holds far more than
# `capacity` tokens, and the client can fire an unlimited burst: the whole point of the capacity.
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
        self.tokens += (now - self.last) * self.rate
        self.last = now

    def allow(self, now, cost=1):
        if cost <= 0:
            raise ValueError("cost must be positive")
        self._refill(now)
        if cost <= self.capacity and self.tokens >= cost:
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
