# Behaves correctly, but rebuilds each client's list of recent requests on every call, which
# looks at every recorded request: O(limit) per call. With a limit of 50,000 and 300,000 calls
# that is billions of comparisons. Expired requests are always the oldest, so a deque can drop
# them from the front in O(1) each.
class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.recent = {}

    def allow(self, client, timestamp):
        recent = [t for t in self.recent.get(client, []) if t > timestamp - self.window]
        self.recent[client] = recent
        if len(recent) >= self.limit:
            return False
        recent.append(timestamp)
        return True
