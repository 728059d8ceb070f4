import heapq
import itertools
from collections.abc import Hashable


class PriorityQueue:
    """A min-priority queue whose items can be re-prioritised or removed while queued.

    Updates and removals are lazy: the old heap entry stays in the heap and is skipped later.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Hashable]] = []
        self._entries: dict[Hashable, tuple[float, int, Hashable]] = {}  # item -> its live entry
        self._order = itertools.count()  # breaks ties first come, first served

    def push(self, item: Hashable, priority: float) -> None:
        """Queue item with priority, or give a queued item a new priority."""
        entry = (priority, next(self._order), item)
        self._entries[item] = entry  # replaces the old entry, which goes stale in the heap
        heapq.heappush(self._heap, entry)

    def remove(self, item: Hashable) -> None:
        """Take item out of the queue; KeyError if it is not queued."""
        del self._entries[item]  # its heap entry goes stale

    def _drop_stale(self) -> None:
        """Pop stale entries off the top until the top entry is some item's live entry.

        An entry is live only if it is the very entry the dict holds for its item: an item that
        was re-pushed is still in the dict, but its older entries are stale.
        """
        heap, entries = self._heap, self._entries
        while heap and entries.get(heap[0][2]) is not heap[0]:
            heapq.heappop(heap)

    def pop(self) -> Hashable:
        """Remove and return the item with the lowest priority; IndexError if empty."""
        self._drop_stale()
        if not self._heap:
            raise IndexError("pop from an empty priority queue")
        _, _, item = heapq.heappop(self._heap)
        del self._entries[item]
        return item

    def peek(self) -> Hashable:
        """Return the item with the lowest priority without removing it; IndexError if empty."""
        self._drop_stale()
        if not self._heap:
            raise IndexError("peek at an empty priority queue")
        return self._heap[0][2]

    def __len__(self) -> int:
        return len(self._entries)  # the heap also holds stale entries

    def __contains__(self, item: Hashable) -> bool:
        return item in self._entries
