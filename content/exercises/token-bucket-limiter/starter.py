class TokenBucket:
    """A token bucket: up to `capacity` tokens, refilled continuously at `rate` tokens per second.

    The caller passes the current time to every method; the bucket never reads a clock.
    """

    def __init__(self, capacity: float, rate: float, start: float = 0.0) -> None:
        """Create a full bucket at time start; raise ValueError unless capacity and rate are > 0."""
        pass

    def allow(self, now: float, cost: float = 1) -> bool:
        """Refill up to now; if at least cost tokens are there, take them and return True.

        Otherwise return False and take nothing.
        """
        pass

    def available(self, now: float) -> float:
        """Refill up to now and return the number of tokens in the bucket."""
        pass

    def retry_after(self, now: float, cost: float = 1) -> float:
        """Refill up to now; return the seconds to wait until allow(now + wait, cost) succeeds.

        0.0 if it would succeed now, math.inf if cost exceeds the capacity.
        """
        pass
