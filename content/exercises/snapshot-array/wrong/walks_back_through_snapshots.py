# Stores only the changes made before each snapshot (a dict per snapshot), which is cheap, but a
# read walks back from snap_id one snapshot at a time until it finds the position: O(snapshots)
# per get when a position changed long ago, or never.
class SnapshotArray:
    def __init__(self, length):
        if length < 1:
            raise ValueError("length must be at least 1")
        self.length = length
        self.changes = [{}]  # changes[s]: positions set before snapshot s was taken

    def set(self, index, value):
        if not 0 <= index < self.length:
            raise IndexError(index)
        self.changes[-1][index] = value

    def snap(self):
        self.changes.append({})
        return len(self.changes) - 2

    def get(self, index, snap_id):
        if not 0 <= index < self.length:
            raise IndexError(index)
        if not 0 <= snap_id < len(self.changes) - 1:
            raise ValueError(snap_id)
        for s in range(snap_id, -1, -1):
            if index in self.changes[s]:
                return self.changes[s][index]
        return 0

    def __len__(self):
        return self.length
