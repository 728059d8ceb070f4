# remove_node forgets the node's name but leaves its virtual nodes on the ring, so keys keep
# being sent to a server that is gone.
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
        self.members = set()

    def add_node(self, name):
        if name in self.members:
            raise ValueError("node already on the ring")
        self.members.add(name)
        for i in range(self.replicas):
            point = ring_position("%s#%d" % (name, i))
            self.owner[point] = name
            bisect.insort(self.points, point)

    def remove_node(self, name):
        self.members.remove(name)

    def get_node(self, key):
        if not self.points:
            raise LookupError("empty ring")
        i = bisect.bisect_left(self.points, ring_position(key)) % len(self.points)
        return self.owner[self.points[i]]

    def nodes(self):
        return sorted(self.members)
