# Uses bisect_left(times, t) - 1, which finds the last version strictly BEFORE t. A version
# written at exactly the time asked for is skipped in favour of the one before it.
import bisect

_DELETED = object()


class VersionedStore:
    def __init__(self):
        self.times = {}
        self.values = {}

    def _write(self, key, value, timestamp):
        times = self.times.setdefault(key, [])
        values = self.values.setdefault(key, [])
        i = bisect.bisect_left(times, timestamp)
        if i < len(times) and times[i] == timestamp:
            values[i] = value
        else:
            times.insert(i, timestamp)
            values.insert(i, value)

    def set(self, key, value, timestamp):
        self._write(key, value, timestamp)

    def delete(self, key, timestamp):
        self._write(key, _DELETED, timestamp)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect.bisect_left(times, timestamp) - 1
        if i < 0 or self.values[key][i] is _DELETED:
            return None
        return self.values[key][i]
