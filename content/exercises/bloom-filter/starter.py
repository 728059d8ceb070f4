class BloomFilter:
    """A set of strings that may answer "maybe" for an absent item but never "no" for a present one.

    Uses `size` bits and `hash_count` positions per item, derived from the expected number of
    items and the target false-positive rate.
    """

    def __init__(self, capacity: int, error_rate: float) -> None:
        """Size the filter for capacity items at error_rate; ValueError for invalid arguments."""
        pass

    def positions(self, item: str) -> list[int]:
        """Return the hash_count bit positions of item (double hashing over SHA-256)."""
        pass

    def add(self, item: str) -> None:
        """Add item: set each of its bits."""
        pass

    def __contains__(self, item: str) -> bool:
        """True if every bit of item is set: item was probably added. False means certainly not."""
        pass

    def bits_set(self) -> int:
        """Return how many of the size bits are set."""
        pass
