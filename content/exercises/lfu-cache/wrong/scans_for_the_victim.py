# Keeps a use count and a last-use tick per key, and finds the victim with min() over all keys.
# The answers are right, but every eviction is O(capacity): 100,000 evictions from a cache of
# 50,000 entries take billions of steps.
class LFUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.last_use = {}
        self.clock = 0

    def _use(self, key):
        self.clock += 1
        self.counts[key] = self.counts.get(key, 0) + 1
        self.last_use[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.last_use[k]))
            del self.values[victim], self.counts[victim], self.last_use[victim]
        self.values[key] = value
        self._use(key)
