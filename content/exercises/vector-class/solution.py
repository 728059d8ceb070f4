import math
from collections.abc import Iterator
from typing import Any


class Vector:
    """An immutable vector of numbers that supports arithmetic, equality and hashing."""

    __slots__ = ("_components",)

    def __init__(self, *components: float) -> None:
        """Create a vector from one or more numbers; raise ValueError if there are none."""
        if not components:
            raise ValueError("a vector needs at least one component")
        self._components = tuple(components)

    def __repr__(self) -> str:
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self._components)))

    def __len__(self) -> int:
        return len(self._components)

    def __iter__(self) -> Iterator[float]:
        return iter(self._components)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented  # lets Python try other.__eq__, then fall back to identity
        return self._components == other._components

    def __hash__(self) -> int:
        # Equal vectors have equal component tuples, and so equal hashes.
        return hash(self._components)

    def _check_dimension(self, other: "Vector") -> None:
        if len(self) != len(other):
            raise ValueError("dimensions %d and %d differ" % (len(self), len(other)))

    def __add__(self, other: Any) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._check_dimension(other)
        return Vector(*(a + b for a, b in zip(self._components, other._components)))

    def __sub__(self, other: Any) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._check_dimension(other)
        return Vector(*(a - b for a, b in zip(self._components, other._components)))

    def __mul__(self, scalar: Any) -> "Vector":
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return Vector(*(a * scalar for a in self._components))

    __rmul__ = __mul__  # k * v is v * k: multiplication by a scalar commutes

    def __matmul__(self, other: Any) -> float:
        if not isinstance(other, Vector):
            return NotImplemented
        self._check_dimension(other)
        return sum(a * b for a, b in zip(self._components, other._components))

    def __neg__(self) -> "Vector":
        return Vector(*(-a for a in self._components))

    def __abs__(self) -> float:
        return math.hypot(*self._components)

    def __bool__(self) -> bool:
        return any(self._components)
