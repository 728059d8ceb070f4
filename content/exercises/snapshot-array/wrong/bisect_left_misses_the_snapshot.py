# Reads with bisect_left(ids, snap_id) - 1: the last change strictly BEFORE snapshot snap_id. A
# value set while snapshot snap_id was the current one (the most common case) is ignored, so the
# read returns the value of an older snapshot.
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
        ids = self.ids.setdefault(index, [])
        values = self.values.setdefault(index, [])
        if ids and ids[-1] == self.snaps:
            values[-1] = value
        else:
            ids.append(self.snaps)
            values.append(value)

    def snap(self):
        self.snaps += 1
        return self.snaps - 1

    def get(self, index, snap_id):
        if not 0 <= index < self.length:
            raise IndexError(index)
        if not 0 <= snap_id < self.snaps:
            raise ValueError(snap_id)
        ids = self.ids.get(index, [])
        i = bisect.bisect_left(ids, snap_id) - 1
        return self.values[index][i] if i >= 0 else 0

    def __len__(self):
        return self.length
