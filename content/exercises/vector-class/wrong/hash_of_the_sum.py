# Defines __hash__, and equal vectors do get equal hashes, but the hash is the hash of the sum of
# the components. Every vector whose components add up to the same number lands in the same hash
# bucket, so sets and dicts of such vectors degrade from O(1) to O(n) per operation.
import math


class Vector:
    def __init__(self, *components):
        if not components:
            raise ValueError("a vector needs at least one component")
        self._components = tuple(components)

    def __repr__(self):
        return "Vector(%s)" % ", ".join(map(repr, self._components))

    def __len__(self):
        return len(self._components)

    def __iter__(self):
        return iter(self._components)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self._components == other._components

    def __hash__(self):
        return hash(sum(self._components))

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError("dimensions differ")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return Vector(*(a * scalar for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.hypot(*self._components)

    def __bool__(self):
        return any(self._components)
