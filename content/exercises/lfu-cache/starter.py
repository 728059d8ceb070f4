from collections.abc import Hashable
from typing import Any


class LFUCache:
    """A cache of at most `capacity` entries that evicts the least frequently used one.

    Ties between equally used entries go to the least recently used.
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty cache; raise ValueError if capacity is less than 1."""
        pass

    def get(self, key: Hashable) -> Any:
        """Return the value stored under key, or -1; a hit counts as a use of key."""
        pass

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key; updating an existing key counts as a use.

        A new key that does not fit evicts the entry with the fewest uses (the least recently
        used among those) and starts with a use count of 1.
        """
        pass
