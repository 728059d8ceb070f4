from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class LRUCache:
    """A cache of at most `capacity` entries that evicts the least recently used one."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1, got %r" % (capacity,))
        self.capacity = capacity
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()  # least recently used first

    def get(self, key: Hashable) -> Any:
        """Return the value stored under key, or -1; a hit makes key the most recently used."""
        if key not in self._entries:
            return -1
        self._entries.move_to_end(key)
        return self._entries[key]

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key as the most recently used entry.

        If that makes the cache hold more than capacity entries, evict the least recently used.
        """
        if key in self._entries:
            self._entries.move_to_end(key)
        self._entries[key] = value
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)
