# Keeps each key's versions as a list of (timestamp, value) pairs and, on every read, walks the
# whole list for the latest one at or before the time asked for. Always right, and writes in any
# order just work, but a read is O(v): 200,000 reads of a key with 200,000 versions is 40 billion
# steps.
_DELETED = object()


class VersionedStore:
    def __init__(self):
        self.versions = {}

    def _write(self, key, value, timestamp):
        history = self.versions.setdefault(key, [])
        for i, (t, _) in enumerate(history):
            if t == timestamp:
                history[i] = (timestamp, value)
                return
        history.append((timestamp, value))

    def set(self, key, value, timestamp):
        self._write(key, value, timestamp)

    def delete(self, key, timestamp):
        self._write(key, _DELETED, timestamp)

    def get(self, key, timestamp):
        best = None
        for t, value in self.versions.get(key, []):
            if t <= timestamp and (best is None or t > best[0]):
                best = (t, value)
        if best is None or best[1] is _DELETED:
            return None
        return best[1]
