# Fixes len and peek, but pop still checks `item in self._entries`. An item whose priority was
# updated is still in the dict, so its OLD entry passes the check: it comes out at its old
# priority (too early, if the priority was raised), and its new entry is later skipped.
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
            priority, order, item = heapq.heappop(self._heap)
            if item in self._entries:
                del self._entries[item]
                return item
        raise IndexError("pop from an empty priority queue")

    def peek(self):
        while self._heap and self._entries.get(self._heap[0][2]) is not self._heap[0]:
            heapq.heappop(self._heap)
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][2]

    def __len__(self):
        return len(self._entries)

    def __contains__(self, item):
        return item in self._entries
