from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class LFUCache:
    """A cache of at most `capacity` entries that evicts the least frequently used one.

    Ties between equally used entries go to the least recently used.
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty cache; raise ValueError if capacity is less than 1."""
        if capacity < 1:
            raise ValueError("capacity must be at least 1, got %r" % (capacity,))
        self.capacity = capacity
        self._values: dict[Hashable, Any] = {}
        self._counts: dict[Hashable, int] = {}
        # use count -> the keys with exactly that count, least recently used first
        self._groups: dict[int, OrderedDict[Hashable, None]] = {}
        self._min_count = 0  # the smallest count present (meaningless while empty)

    def _use(self, key: Hashable) -> None:
        """Move key from its count's group to the end of the next one."""
        count = self._counts[key]
        group = self._groups[count]
        del group[key]
        if not group:
            del self._groups[count]
            if self._min_count == count:
                self._min_count = count + 1
        self._counts[key] = count + 1
        self._groups.setdefault(count + 1, OrderedDict())[key] = None

    def get(self, key: Hashable) -> Any:
        """Return the value stored under key, or -1; a hit counts as a use of key."""
        if key not in self._values:
            return -1
        self._use(key)
        return self._values[key]

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key; updating an existing key counts as a use.

        A new key that does not fit evicts the entry with the fewest uses (the least recently
        used among those) and starts with a use count of 1.
        """
        if key in self._values:
            self._values[key] = value
            self._use(key)
            return
        if len(self._values) >= self.capacity:
            group = self._groups[self._min_count]
            victim, _ = group.popitem(last=False)  # the least recently used of the least used
            if not group:
                del self._groups[self._min_count]
            del self._values[victim]
            del self._counts[victim]
        self._values[key] = value
        self._counts[key] = 1
        self._groups.setdefault(1, OrderedDict())[key] = None
        self._min_count = 1  # a new key is always among the least used
