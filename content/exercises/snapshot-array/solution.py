import bisect


class SnapshotArray:
    """An array of integers, initially zeros, that can take cheap snapshots of itself."""

    def __init__(self, length: int) -> None:
        """Create an array of length zeros; ValueError if length < 1."""
        if length < 1:
            raise ValueError("length must be at least 1, got %r" % (length,))
        self._length = length
        self._snaps = 0  # snapshots taken so far; changes now belong to snapshot id self._snaps
        # index -> (snapshot ids at which the position changed, the values it took). Positions
        # never set are absent and read as 0, so nothing costs O(length).
        self._history: dict[int, tuple[list[int], list[int]]] = {}

    def _check(self, index: int) -> None:
        if not 0 <= index < self._length:
            raise IndexError("index %r out of range for length %d" % (index, self._length))

    def set(self, index: int, value: int) -> None:
        """Set position index of the live array; IndexError if index is out of range."""
        self._check(index)
        history = self._history.get(index)
        if history is None:
            self._history[index] = ([self._snaps], [value])
            return
        ids, values = history
        if ids[-1] == self._snaps:
            values[-1] = value  # changed again before the next snapshot: only the last one counts
        else:
            ids.append(self._snaps)  # earlier entries belong to earlier snapshots: keep them
            values.append(value)

    def snap(self) -> int:
        """Take a snapshot of the live array and return its id: 0, 1, 2, ..."""
        self._snaps += 1
        return self._snaps - 1

    def get(self, index: int, snap_id: int) -> int:
        """Return position index as it was in snapshot snap_id.

        IndexError for a bad index, ValueError for a snapshot that has not been taken.
        """
        self._check(index)
        if not 0 <= snap_id < self._snaps:
            raise ValueError("no snapshot %r: %d taken so far" % (snap_id, self._snaps))
        history = self._history.get(index)
        if history is None:
            return 0
        ids, values = history
        i = bisect.bisect_right(ids, snap_id) - 1  # the last change at or before snap_id
        return values[i] if i >= 0 else 0

    def __len__(self) -> int:
        """Return the number of positions."""
        return self._length
