import math


class TokenBucket:
    """A token bucket: up to `capacity` tokens, refilled continuously at `rate` tokens per second.

    The caller passes the current time to every method; the bucket never reads a clock.
    """

    def __init__(self, capacity: float, rate: float, start: float = 0.0) -> None:
        """Create a full bucket at time start; raise ValueError unless capacity and rate are > 0."""
        if not capacity > 0:
            raise ValueError("capacity must be positive, got %r" % (capacity,))
        if not rate > 0:
            raise ValueError("rate must be positive, got %r" % (rate,))
        self.capacity = capacity
        self.rate = rate
        self._tokens = capacity  # the count at time self._last
        self._last = start

    def _refill(self, now: float) -> None:
        """Bring the token count up to date at time now (lazily: nothing happens between calls)."""
        if now < self._last:
            raise ValueError("time went backwards: %r is before %r" % (now, self._last))
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    @staticmethod
    def _check_cost(cost: float) -> None:
        if not cost > 0:
            raise ValueError("cost must be positive, got %r" % (cost,))

    def allow(self, now: float, cost: float = 1) -> bool:
        """Refill up to now; if at least cost tokens are there, take them and return True.

        Otherwise return False and take nothing.
        """
        self._check_cost(cost)
        self._refill(now)
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False  # a rejected request costs nothing

    def available(self, now: float) -> float:
        """Refill up to now and return the number of tokens in the bucket."""
        self._refill(now)
        return self._tokens

    def retry_after(self, now: float, cost: float = 1) -> float:
        """Refill up to now; return the seconds to wait until allow(now + wait, cost) succeeds.

        0.0 if it would succeed now, math.inf if cost exceeds the capacity.
        """
        self._check_cost(cost)
        self._refill(now)
        if cost > self.capacity:
            return math.inf
        missing = cost - self._tokens
        return missing / self.rate if missing > 0 else 0.0
