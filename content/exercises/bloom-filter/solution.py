import hashlib
import math


class BloomFilter:
    """A set of strings that may answer "maybe" for an absent item but never "no" for a present one.

    Uses `size` bits and `hash_count` positions per item, derived from the expected number of
    items and the target false-positive rate.
    """

    def __init__(self, capacity: int, error_rate: float) -> None:
        """Size the filter for capacity items at error_rate; ValueError for invalid arguments."""
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be a positive integer, got %r" % (capacity,))
        if not 0 < error_rate < 1:
            raise ValueError("error_rate must be between 0 and 1, got %r" % (error_rate,))
        self.size = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
        self.hash_count = max(1, round(self.size / capacity * math.log(2)))
        self._bits = bytearray((self.size + 7) // 8)  # one bit per position, all clear

    def positions(self, item: str) -> list[int]:
        """Return the hash_count bit positions of item (double hashing over SHA-256)."""
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1  # odd, so the steps never collapse to 0
        return [(h1 + i * h2) % self.size for i in range(self.hash_count)]

    def add(self, item: str) -> None:
        """Add item: set each of its bits."""
        bits = self._bits
        for position in self.positions(item):
            bits[position >> 3] |= 1 << (position & 7)

    def __contains__(self, item: str) -> bool:
        """True if every bit of item is set: item was probably added. False means certainly not."""
        bits = self._bits
        return all(bits[position >> 3] & (1 << (position & 7)) for position in self.positions(item))

    def bits_set(self) -> int:
        """Return how many of the size bits are set."""
        return int.from_bytes(self._bits, "little").bit_count()
