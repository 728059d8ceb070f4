from collections.abc import Hashable
from typing import Any


class VersionedStore:
    """A key-value store that keeps every version, so values can be read as of any time."""

    def __init__(self) -> None:
        """Create an empty store."""
        pass

    def set(self, key: Hashable, value: Any, timestamp: float) -> None:
        """From timestamp on, key has value; replaces a version at the same timestamp."""
        pass

    def delete(self, key: Hashable, timestamp: float) -> None:
        """From timestamp on, key has no value; replaces a version at the same timestamp."""
        pass

    def get(self, key: Hashable, timestamp: float) -> Any:
        """Return the value of key's latest version at or before timestamp, or None."""
        pass
