# Derives the positions from Python's hash(). It behaves like a Bloom filter inside one process,
# but string hashes are randomised per process (PYTHONHASHSEED): a filter built by one process and
# saved, or shared with another server, gives false "certainly not" answers there. The statement
# fixes SHA-256 double hashing for that reason.
import math


class BloomFilter:
    def __init__(self, capacity, error_rate):
        if not isinstance(capacity, int) or capacity < 1 or not 0 < error_rate < 1:
            raise ValueError("invalid arguments")
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)

    def positions(self, item):
        return [hash((item, i)) % self.size for i in range(self.hash_count)]

    def add(self, item):
        for p in self.positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)

    def __contains__(self, item):
        return all(self.bits[p >> 3] & (1 << (p & 7)) for p in self.positions(item))

    def bits_set(self):
        return sum(bin(byte).count("1") for byte in self.bits)
