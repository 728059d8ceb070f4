from collections.abc import Hashable
from typing import Any


class LRUCache:
    """A cache of at most `capacity` entries that evicts the least recently used one."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache; raise ValueError if capacity is less than 1."""
        pass

    def get(self, key: Hashable) -> Any:
        """Return the value stored under key, or -1; a hit makes key the most recently used."""
        pass

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key as the most recently used entry.

        If that makes the cache hold more than capacity entries, evict the least recently used.
        """
        pass
