from collections.abc import Hashable
from typing import Any


class TTLCache:
    """A key-value cache whose entries expire ttl seconds after they were set.

    The caller passes the current time to every method. Expired entries are removed lazily: by
    a get() that finds one, or by purge().
    """

    def __init__(self, ttl: float) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive, got %r" % (ttl,))
        self.ttl = ttl
        self._entries: dict[Hashable, tuple[Any, float]] = {}  # key -> (value, expires_at)

    def set(self, key: Hashable, value: Any, now: float) -> None:
        """Store value under key; it expires at now + ttl."""
        self._entries[key] = (value, now + self.ttl)

    def get(self, key: Hashable, now: float, default: Any = None) -> Any:
        """Return the value under key if it has not expired at time now, else default."""
        entry = self._entries.get(key)
        if entry is None:
            return default
        value, expires_at = entry
        if now > expires_at:
            del self._entries[key]  # expired: forget it
            return default
        return value

    def purge(self, now: float) -> int:
        """Remove every entry that has expired at time now; return how many were removed."""
        removed = 0
        for key, (value, expires_at) in self._entries.items():
            if now > expires_at:
                del self._entries[key]
                removed += 1
        return removed

    def __len__(self) -> int:
        """The number of stored entries, including expired ones not removed yet."""
        return len(self._entries)
