# Only get() counts as a use: put() on an existing key replaces the value but leaves its count and
# its place in the recency order alone, so a key that is written often is evicted as if idle.
from collections import OrderedDict


class LFUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.groups = {}
        self.min_count = 0

    def _use(self, key):
        count = self.counts[key]
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.counts[key] = count + 1
        self.groups.setdefault(count + 1, OrderedDict())[key] = None

    def get(self, key):
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.values[key] = value
            return
        if len(self.values) >= self.capacity:
            group = self.groups[self.min_count]
            victim, _ = group.popitem(last=False)
            if not group:
                del self.groups[self.min_count]
            del self.values[victim], self.counts[victim]
        self.values[key] = value
        self.counts[key] = 1
        self.groups.setdefault(1, OrderedDict())[key] = None
        self.min_count = 1
