class Trie:
    """A set of words that answers prefix queries."""

    def __init__(self) -> None:
        pass

    def insert(self, word: str) -> None:
        """Add word (adding it again changes nothing)."""
        pass

    def contains(self, word: str) -> bool:
        """Return True if word itself was inserted."""
        pass

    def count_prefix(self, prefix: str) -> int:
        """Return how many distinct inserted words start with prefix."""
        pass

    def complete(self, prefix: str, limit: int) -> list[str]:
        """Return the alphabetically first `limit` inserted words starting with prefix."""
        pass
