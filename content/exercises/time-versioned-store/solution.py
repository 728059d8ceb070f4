import bisect
from collections.abc import Hashable
from typing import Any

_DELETED = object()  # the value of a version that records a deletion (a tombstone)


class _History:
    __slots__ = ("times", "values")

    def __init__(self) -> None:
        self.times: list[float] = []  # sorted, no duplicates
        self.values: list[Any] = []  # values[i] is the version written at times[i]


class VersionedStore:
    """A key-value store that keeps every version, so values can be read as of any time."""

    def __init__(self) -> None:
        """Create an empty store."""
        self._histories: dict[Hashable, _History] = {}

    def _write(self, key: Hashable, value: Any, timestamp: float) -> None:
        history = self._histories.get(key)
        if history is None:
            history = self._histories[key] = _History()
        times = history.times
        if not times or timestamp > times[-1]:
            times.append(timestamp)  # the usual case: writes arrive in time order
            history.values.append(value)
            return
        i = bisect.bisect_left(times, timestamp)
        if i < len(times) and times[i] == timestamp:
            history.values[i] = value  # same timestamp: replace that version
        else:
            times.insert(i, timestamp)  # a late write goes to its place in the history
            history.values.insert(i, value)

    def set(self, key: Hashable, value: Any, timestamp: float) -> None:
        """From timestamp on, key has value; replaces a version at the same timestamp."""
        self._write(key, value, timestamp)

    def delete(self, key: Hashable, timestamp: float) -> None:
        """From timestamp on, key has no value; replaces a version at the same timestamp."""
        self._write(key, _DELETED, timestamp)

    def get(self, key: Hashable, timestamp: float) -> Any:
        """Return the value of key's latest version at or before timestamp, or None."""
        history = self._histories.get(key)
        if history is None:
            return None
        i = bisect.bisect_right(history.times, timestamp) - 1  # last version with time <= timestamp
        if i < 0:
            return None
        value = history.values[i]
        return None if value is _DELETED else value
