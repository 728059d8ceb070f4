# Fixes the stale entries by storing [priority, item, alive] lists and flipping `alive`, but drops
# the counter. Equal priorities are then ordered by comparing the items themselves: not first
# come, first served, and a TypeError for items that cannot be compared.
import heapq


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._entries = {}

    def push(self, item, priority):
        if item in self._entries:
            self._entries[item][2] = False
        entry = [priority, item, True]
        self._entries[item] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, item):
        self._entries.pop(item)[2] = False

    def _drop_stale(self):
        while self._heap and not self._heap[0][2]:
            heapq.heappop(self._heap)

    def pop(self):
        self._drop_stale()
        if not self._heap:
            raise IndexError("pop from an empty priority queue")
        entry = heapq.heappop(self._heap)
        del self._entries[entry[1]]
        return entry[1]

    def peek(self):
        self._drop_stale()
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][1]

    def __len__(self):
        return len(self._entries)

    def __contains__(self, item):
        return item in self._entries
