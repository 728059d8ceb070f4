from collections import deque


class RateLimiter:
    """Allows each client at most `limit` requests in any `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be a positive integer")
        if not window > 0:
            raise ValueError("window must be positive")
        self._limit = limit
        self._window = window
        # client -> timestamps of its allowed requests that may still be in the window, oldest
        # first. Timestamps only grow, so expired ones are always at the left end.
        self._recent: dict[str, deque[float]] = {}

    def allow(self, client: str, timestamp: float) -> bool:
        """Return True and record the request if the client is under its limit, else False."""
        recent = self._recent.get(client)
        if recent is None:
            recent = self._recent[client] = deque()
        cutoff = timestamp - self._window  # requests at or before this have left the window
        while recent and recent[0] <= cutoff:
            recent.popleft()
        if len(recent) >= self._limit:
            return False  # rejected requests are not recorded
        recent.append(timestamp)
        return True
