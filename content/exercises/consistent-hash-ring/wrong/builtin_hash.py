# Places nodes and keys with Python's built-in hash(). Within one process the ring looks fine,
# but string hashes are randomised per process (PYTHONHASHSEED), so two servers, or the same
# server after a restart, disagree about which node owns a key. The statement fixes the SHA-256
# position; this does not follow it.
import bisect


def ring_position(text):
    return hash(text) % 2**64


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
        i = bisect.bisect_left(self.points, ring_position(key)) % len(self.points)
        return self.owner[self.points[i]]

    def nodes(self):
        return sorted(self.members)
