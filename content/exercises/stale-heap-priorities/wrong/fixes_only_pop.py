# pop now recognises stale entries by identity, but peek still returns whatever entry is on top of
# the heap (possibly a removed or re-prioritised item), and len still counts stale entries.
import heapq
import itertools


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._entries = {}
        self._order = itertools.count()

    def push(self, item, priority):
        entry = (priority, next(self._order), item)
        self._entries[item] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, item):
        del self._entries[item]

    def pop(self):
        while self._heap:
            entry = heapq.heappop(self._heap)
            if self._entries.get(entry[2]) is entry:
                del self._entries[entry[2]]
                return entry[2]
        raise IndexError("pop from an empty priority queue")

    def peek(self):
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][2]

    def __len__(self):
        return len(self._heap)

    def __contains__(self, item):
        return item in self._entries
