# Raises TypeError itself for foreign operands instead of returning NotImplemented, and has no
# __rmul__. The TypeErrors look right, but the other operand never gets its turn (its __radd__ or
# __eq__ is never tried), `v == (1, 2)` raises instead of giving False, and 2 * v fails. Sharing
# one check with the arithmetic also makes == raise ValueError for vectors of different sizes.
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

    def _require_vector(self, other):
        if not isinstance(other, Vector):
            raise TypeError("expected a Vector, got %s" % type(other).__name__)
        if len(self) != len(other):
            raise ValueError("dimensions differ")

    def __eq__(self, other):
        self._require_vector(other)
        return self._components == other._components

    def __hash__(self):
        return hash(self._components)

    def __add__(self, other):
        self._require_vector(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        self._require_vector(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            raise TypeError("can only multiply by a number")
        return Vector(*(a * scalar for a in self))

    def __matmul__(self, other):
        self._require_vector(other)
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.hypot(*self._components)

    def __bool__(self):
        return any(self._components)
