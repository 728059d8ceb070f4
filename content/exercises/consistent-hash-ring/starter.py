def ring_position(text: str) -> int:
    """Return the first 8 bytes of the SHA-256 digest of text (UTF-8) as a big-endian integer."""
    pass


class HashRing:
    """A consistent hash ring: every node owns `replicas` virtual nodes on a circle of 2**64 points."""

    def __init__(self, replicas: int = 100) -> None:
        """Create an empty ring; raise ValueError if replicas is less than 1."""
        pass

    def add_node(self, name: str) -> None:
        """Place name's virtual nodes name#0 .. name#(replicas - 1); ValueError if already there."""
        pass

    def remove_node(self, name: str) -> None:
        """Take name and its virtual nodes off the ring; KeyError if it is not there."""
        pass

    def get_node(self, key: str) -> str:
        """Return the node owning the first virtual node at or after key's point, wrapping around.

        Raise LookupError if the ring is empty.
        """
        pass

    def nodes(self) -> list[str]:
        """Return the names of the nodes on the ring, sorted."""
        pass
