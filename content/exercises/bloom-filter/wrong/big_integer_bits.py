# Uses one Python int as the bit array. The memory is right, but ints are immutable: every
# `bits |= 1 << p` builds two new numbers as large as the whole filter, and every lookup shifts the
# whole number. Each add and lookup is O(size) instead of O(hash_count).
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if not isinstance(capacity, int) or capacity < 1 or not 0 < error_rate < 1:
            raise ValueError("invalid arguments")
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self.bits = 0

    def positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.size for i in range(self.hash_count)]

    def add(self, item):
        for p in self.positions(item):
            self.bits |= 1 << p

    def __contains__(self, item):
        return all((self.bits >> p) & 1 for p in self.positions(item))

    def bits_set(self):
        return bin(self.bits).count("1")
