# When the key's point is past the last virtual node, bisect returns len(points); this clamps the
# index to the LAST point instead of wrapping round to the first. The ring becomes a line, and
# the node at the top end gets the keys that belong to the node at the bottom.
import bisect
import hashlib


def ring_position(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        self.replicas = replicas
        self.points = []
        self.owner = {}
        self.members = {}

    def add_node(self, name):
        if name in self.members:
            raise ValueError("node already on the ring")
        points = [ring_position("%s#%d" % (name, i)) for i in range(self.replicas)]
        self.members[name] = points
        for point in points:
            self.owner[point] = name
            bisect.insort(self.points, point)

    def remove_node(self, name):
        for point in self.members.pop(name):
            del self.owner[point]
        self.points = [point for point in self.points if point in self.owner]

    def get_node(self, key):
        if not self.points:
            raise LookupError("empty ring")
        i = min(bisect.bisect_left(self.points, ring_position(key)), len(self.points) - 1)
        return self.owner[self.points[i]]

    def nodes(self):
        return sorted(self.members)
