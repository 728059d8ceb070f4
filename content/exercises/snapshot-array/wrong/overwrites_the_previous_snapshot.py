# Keeps one history per position, but set() always overwrites the last entry when there is one,
# instead of only when that entry belongs to the current snapshot. Changing a value after a
# snapshot rewrites what that snapshot saw.
import bisect


class SnapshotArray:
    def __init__(self, length):
        if length < 1:
            raise ValueError("length must be at least 1")
        self.length = length
        self.snaps = 0
        self.ids = {}
        self.values = {}

    def set(self, index, value):
        if not 0 <= index < self.length:
            raise IndexError(index)
        if index in self.ids:
            self.ids[index][-1] = self.snaps
            self.values[index][-1] = value
        else:
            self.ids[index] = [self.snaps]
            self.values[index] = [value]

    def snap(self):
        self.snaps += 1
        return self.snaps - 1

    def get(self, index, snap_id):
        if not 0 <= index < self.length:
            raise IndexError(index)
        if not 0 <= snap_id < self.snaps:
            raise ValueError(snap_id)
        ids = self.ids.get(index, [])
        i = bisect.bisect_right(ids, snap_id) - 1
        return self.values[index][i] if i >= 0 else 0

    def __len__(self):
        return self.length
