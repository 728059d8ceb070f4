# Fixes purge by iterating over a copy of the items, but keeps `now > expires_at`: an entry is
# still served at the very instant it expires, and purge leaves it in place then.
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
        if now > expires_at:
            del self._entries[key]
            return default
        return value

    def purge(self, now):
        removed = 0
        for key, (value, expires_at) in list(self._entries.items()):
            if now > expires_at:
                del self._entries[key]
                removed += 1
        return removed

    def __len__(self):
        return len(self._entries)
