# Appends every write to the end of the key's lists, assuming timestamps only grow. A late write
# breaks the sorted order that bisect relies on, and reads around it return the wrong version
# (and a repeated timestamp is never found to replace it).
import bisect

_DELETED = object()


class VersionedStore:
    def __init__(self):
        self.times = {}
        self.values = {}

    def _write(self, key, value, timestamp):
        times = self.times.setdefault(key, [])
        values = self.values.setdefault(key, [])
        if times and times[-1] == timestamp:
            values[-1] = value
        else:
            times.append(timestamp)
            values.append(value)

    def set(self, key, value, timestamp):
        self._write(key, value, timestamp)

    def delete(self, key, timestamp):
        self._write(key, _DELETED, timestamp)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect.bisect_right(times, timestamp) - 1
        if i < 0 or self.values[key][i] is _DELETED:
            return None
        return self.values[key][i]
