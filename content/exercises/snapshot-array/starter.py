class SnapshotArray:
    """An array of integers, initially zeros, that can take cheap snapshots of itself."""

    def __init__(self, length: int) -> None:
        """Create an array of length zeros; ValueError if length < 1."""
        pass

    def set(self, index: int, value: int) -> None:
        """Set position index of the live array; IndexError if index is out of range."""
        pass

    def snap(self) -> int:
        """Take a snapshot of the live array and return its id: 0, 1, 2, ..."""
        pass

    def get(self, index: int, snap_id: int) -> int:
        """Return position index as it was in snapshot snap_id.

        IndexError for a bad index, ValueError for a snapshot that has not been taken.
        """
        pass

    def __len__(self) -> int:
        """Return the number of positions."""
        pass
