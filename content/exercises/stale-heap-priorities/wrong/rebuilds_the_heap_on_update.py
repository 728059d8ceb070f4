# Avoids stale entries altogether by deleting the old entry from the heap list and re-heapifying.
# Every answer is right, but list.remove is a linear search and heapify is O(n): each update or
# removal costs O(n), and 40,000 updates on 20,000 items take over a billion steps.
import heapq
import itertools


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._entries = {}
        self._order = itertools.count()

    def push(self, item, priority):
        if item in self._entries:
            self.remove(item)
        entry = (priority, next(self._order), item)
        self._entries[item] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, item):
        entry = self._entries.pop(item)
        self._heap.remove(entry)
        heapq.heapify(self._heap)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from an empty priority queue")
        entry = heapq.heappop(self._heap)
        del self._entries[entry[2]]
        return entry[2]

    def peek(self):
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][2]

    def __len__(self):
        return len(self._entries)

    def __contains__(self, item):
        return item in self._entries
