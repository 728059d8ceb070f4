# Records every request, allowed or not, and counts them all. A client that keeps retrying while
# it is over the limit keeps its own window full and stays locked out long after its allowed
# requests have expired.
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.requests = defaultdict(deque)

    def allow(self, client, timestamp):
        recent = self.requests[client]
        while recent and recent[0] <= timestamp - self.window:
            recent.popleft()
        recent.append(timestamp)
        return len(recent) <= self.limit
