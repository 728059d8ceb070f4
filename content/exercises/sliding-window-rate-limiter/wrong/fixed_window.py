# A fixed-window counter: one count per client and per block of `window` seconds
# (timestamp // window). O(1) and tiny, but it is not a sliding window: the count resets at each
# block boundary, so a client can make `limit` requests just before it and `limit` more just
# after, twice the limit within a few seconds.
class RateLimiter:
    def __init__(self, limit, window):
        if limit < 1 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.counts = {}  # client -> (block number, requests allowed in it)

    def allow(self, client, timestamp):
        block = timestamp // self.window
        current, count = self.counts.get(client, (block, 0))
        if current != block:
            count = 0
        if count >= self.limit:
            return False
        self.counts[client] = (block, count + 1)
        return True
