# Computes the size with int(), which truncates: 958,505.84 bits becomes 958,505 instead of
# 958,506. One bit fewer changes every position (they are taken modulo the size), so the filter
# disagrees with every other implementation of the same specification.
import hashlib
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if not isinstance(capacity, int) or capacity < 1 or not 0 < error_rate < 1:
            raise ValueError("invalid arguments")
        self.size = int(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)

    def positions(self, item):
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.size for i in range(self.hash_count)]

    def add(self, item):
        for p in self.positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)

    def __contains__(self, item):
        return all(self.bits[p >> 3] & (1 << (p & 7)) for p in self.positions(item))

    def bits_set(self):
        return sum(bin(byte).count("1") for byte in self.bits)
