from typing import Any


class Vector:
    """An immutable vector of numbers that supports arithmetic, equality and hashing."""

    def __init__(self, *components: float) -> None:
        """Create a vector from one or more numbers; raise ValueError if there are none."""
        pass

    def __repr__(self) -> str:
        pass

    def __len__(self) -> int:
        pass

    def __iter__(self):
        pass

    def __eq__(self, other: object) -> bool:
        pass

    def __hash__(self) -> int:
        pass

    def __add__(self, other: Any) -> "Vector":
        pass

    def __sub__(self, other: Any) -> "Vector":
        pass

    def __mul__(self, scalar: Any) -> "Vector":
        pass

    def __rmul__(self, scalar: Any) -> "Vector":
        pass

    def __matmul__(self, other: Any) -> float:
        pass

    def __neg__(self) -> "Vector":
        pass

    def __abs__(self) -> float:
        pass

    def __bool__(self) -> bool:
        pass
