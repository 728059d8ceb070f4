# Stores the bits as a list of booleans. Correct answers, but each position costs a pointer (8
# bytes on a 64-bit build) instead of one bit: a filter of 9.6 million bits takes 77 MB instead of
# 1.2 MB, which defeats the purpose of a Bloom filter.
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if not isinstance(capacity, int) or capacity < 1 or not 0 < error_rate < 1:
            raise ValueError("invalid arguments")
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self.bits = [False] * self.size

    def positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.size for i in range(self.hash_count)]

    def add(self, item):
        for p in self.positions(item):
            self.bits[p] = True

    def __contains__(self, item):
        return all(self.bits[p] for p in self.positions(item))

    def bits_set(self):
        return sum(self.bits)
