# Defines __eq__ but not __hash__. A class that defines __eq__ gets __hash__ = None, so its
# instances are unhashable: putting a vector in a set or using it as a dict key raises TypeError.
# __eq__ also assumes the other operand is a Vector: comparing with a tuple or None raises
# AttributeError instead of returning False.
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
        return self._components == other._components

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError("dimensions differ")

    def __add__(self, other):
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, scalar):
        return Vector(*(a * scalar for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        self._check(other)
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.hypot(*self._components)

    def __bool__(self):
        return any(self._components)
