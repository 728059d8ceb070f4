class RateLimiter:
    """Allows each client at most `limit` requests in any `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        pass

    def allow(self, client: str, timestamp: float) -> bool:
        """Return True and record the request if the client is under its limit, else False."""
        pass
