# The count groups are right, but a new key does not reset min_count to 1. After the group of
# keys with one use has emptied, min_count stays higher, and the next evictions take a key from
# that higher group while the new key with a single use survives (or a group that no longer
# exists is looked up, raising KeyError).
from collections import OrderedDict


class LFUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.groups = {}
        self.min_count = 1

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
            self._use(key)
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
