# Marks deletions with None and reads with `value or None`-style logic: `if not value: return
# None`. Deletions work, but every falsy value (0, "", [], False) is reported as missing.
import bisect


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
        self._write(key, None, timestamp)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect.bisect_right(times, timestamp) - 1
        if i < 0:
            return None
        value = self.values[key][i]
        if not value:
            return None
        return value
