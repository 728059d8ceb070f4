from collections.abc import Iterable, Iterator, Mapping
from typing import Any

Number = int | float


class SparseVector:
    """A vector of `dim` numbers that stores only its non-zero entries."""

    __slots__ = ()  # add the names of your attributes

    def __init__(self, dim: int, entries: Mapping[int, Number] | Iterable[tuple[int, Number]] = ()) -> None:
        pass

    @property
    def dim(self) -> int:
        pass

    @property
    def nnz(self) -> int:
        """The number of non-zero entries."""
        pass

    def __len__(self) -> int:
        pass

    def __getitem__(self, index: int) -> Number:
        pass

    def __setitem__(self, index: int, value: Number) -> None:
        pass

    def __iter__(self) -> Iterator[Number]:
        pass

    def items(self) -> list[tuple[int, Number]]:
        """The non-zero entries as (index, value) pairs, by increasing index."""
        pass

    def __bool__(self) -> bool:
        pass

    def __eq__(self, other: object) -> bool:
        pass

    def __repr__(self) -> str:
        pass

    def __add__(self, other: object) -> "SparseVector":
        pass

    def __sub__(self, other: object) -> "SparseVector":
        pass

    def __mul__(self, factor: object) -> "SparseVector":
        pass

    def __rmul__(self, factor: object) -> "SparseVector":
        pass

    def __neg__(self) -> "SparseVector":
        pass

    def dot(self, other: "SparseVector") -> Number:
        """The dot product, in O(min(nnz)) time."""
        pass

    def __matmul__(self, other: object) -> Number:
        pass
