# Fixes the boundary (>=) but still deletes from the dict inside the loop that iterates over it.
# As soon as an expired entry is not the last one, the next step of the loop raises
# RuntimeError: dictionary changed size during iteration.
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
        removed = 0
        for key, (value, expires_at) in self._entries.items():
            if now >= expires_at:
                del self._entries[key]
                removed += 1
        return removed

    def __len__(self):
        return len(self._entries)
