# Fixes the loop and the boundary in get(), but purge() still tests `now > expires_at`. The two
# methods now disagree: at the instant of expiry get() says the entry is gone, while purge()
# keeps it and under-reports what it removed.
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
        expired = [key for key, (_, expires_at) in self._entries.items() if now > expires_at]
        for key in expired:
            del self._entries[key]
        return len(expired)

    def __len__(self):
        return len(self._entries)
