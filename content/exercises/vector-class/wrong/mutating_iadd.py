# Stores the components in a list and adds __iadd__ and __imul__ that change the vector in place
# "for speed". Every other name for the same vector sees it change, and a vector already stored in
# a set or used as a dict key changes its hash under the container's feet, so it can no longer be
# found. Values used as keys must not change.
import math


class Vector:
    def __init__(self, *components):
        if not components:
            raise ValueError("a vector needs at least one component")
        self._components = list(components)

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
        return hash(tuple(self._components))

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError("dimensions differ")

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __iadd__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        for i, b in enumerate(other):
            self._components[i] += b
        return self

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

    def __imul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        self._components = [a * scalar for a in self._components]
        return self

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
