import bisect
import hashlib


def ring_position(text: str) -> int:
    """Return the first 8 bytes of the SHA-256 digest of text (UTF-8) as a big-endian integer."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    """A consistent hash ring: every node owns `replicas` virtual nodes on a circle of 2**64 points."""

    def __init__(self, replicas: int = 100) -> None:
        """Create an empty ring; raise ValueError if replicas is less than 1."""
        if replicas < 1:
            raise ValueError("replicas must be at least 1, got %r" % (replicas,))
        self.replicas = replicas
        self._points: list[int] = []  # every virtual node's point, sorted
        self._owner: dict[int, str] = {}  # point -> the node it belongs to
        self._nodes: dict[str, list[int]] = {}  # node -> its points

    def add_node(self, name: str) -> None:
        """Place name's virtual nodes name#0 .. name#(replicas - 1); ValueError if already there."""
        if name in self._nodes:
            raise ValueError("node %r is already on the ring" % (name,))
        points = [ring_position("%s#%d" % (name, i)) for i in range(self.replicas)]
        self._nodes[name] = points
        for point in points:
            self._owner[point] = name
        # Two sorted runs: Timsort merges them in linear time.
        self._points.extend(sorted(points))
        self._points.sort()

    def remove_node(self, name: str) -> None:
        """Take name and its virtual nodes off the ring; KeyError if it is not there."""
        points = self._nodes.pop(name)  # KeyError for an unknown node
        for point in points:
            del self._owner[point]
        self._points = [point for point in self._points if point in self._owner]

    def get_node(self, key: str) -> str:
        """Return the node owning the first virtual node at or after key's point, wrapping around.

        Raise LookupError if the ring is empty.
        """
        if not self._points:
            raise LookupError("the ring has no nodes")
        i = bisect.bisect_left(self._points, ring_position(key))
        if i == len(self._points):
            i = 0  # past the last point: round the circle to the first
        return self._owner[self._points[i]]

    def nodes(self) -> list[str]:
        """Return the names of the nodes on the ring, sorted."""
        return sorted(self._nodes)
