# A heap of (count, sequence number, key) with lazy deletion: O(log n) per operation, but the
# sequence number is given once, when the key is inserted. Among keys with equal counts the OLDEST
# INSERTED goes, not the least recently used.
import heapq
import itertools


class LFUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.born = {}
        self.heap = []
        self.sequence = itertools.count()

    def _use(self, key):
        self.counts[key] += 1
        heapq.heappush(self.heap, (self.counts[key], self.born[key], key))

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
            while True:
                count, born, victim = heapq.heappop(self.heap)
                if self.born.get(victim) == born and self.counts[victim] == count:
                    break  # not a stale entry
            del self.values[victim], self.counts[victim], self.born[victim]
        self.values[key] = value
        self.counts[key] = 1
        self.born[key] = next(self.sequence)
        heapq.heappush(self.heap, (1, self.born[key], key))
