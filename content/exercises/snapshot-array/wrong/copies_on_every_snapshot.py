# The obvious version: snap() stores a full copy of the array. Reads are O(1), but every snapshot
# costs O(length) time and memory: 50,000 snapshots of 200,000 positions would need 10 billion
# slots (80 GB), so it runs out of memory or time long before.
class SnapshotArray:
    def __init__(self, length):
        if length < 1:
            raise ValueError("length must be at least 1")
        self.live = [0] * length
        self.snapshots = []

    def set(self, index, value):
        if not 0 <= index < len(self.live):
            raise IndexError(index)
        self.live[index] = value

    def snap(self):
        self.snapshots.append(list(self.live))
        return len(self.snapshots) - 1

    def get(self, index, snap_id):
        if not 0 <= index < len(self.live):
            raise IndexError(index)
        if not 0 <= snap_id < len(self.snapshots):
            raise ValueError(snap_id)
        return self.snapshots[snap_id][index]

    def __len__(self):
        return len(self.live)
