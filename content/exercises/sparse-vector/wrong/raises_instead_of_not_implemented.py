# Raises TypeError itself for operands it does not know, instead of returning NotImplemented.
# Python never gets to ask the other operand (its __radd__ or __rmul__), and v == [0, 0] raises
# instead of returning False.
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

Number = int | float


class SparseVector:
    """A vector of `dim` numbers that stores only its non-zero entries."""

    __slots__ = ("_dim", "_entries")

    def __init__(self, dim: int, entries: Mapping[int, Number] | Iterable[tuple[int, Number]] = ()) -> None:
        if not isinstance(dim, int) or isinstance(dim, bool):
            raise TypeError("dim must be an int, got %r" % (dim,))
        if dim < 0:
            raise ValueError("dim cannot be negative, got %r" % (dim,))
        self._dim = dim
        self._entries: dict[int, Number] = {}
        pairs = entries.items() if isinstance(entries, Mapping) else entries
        for index, value in pairs:
            self[index] = value

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def nnz(self) -> int:
        return len(self._entries)

    def _index(self, index: Any) -> int:
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError("indexes must be ints, got %r" % (index,))
        if index < 0:
            index += self._dim
        if not 0 <= index < self._dim:
            raise IndexError("index out of range for dimension %d" % self._dim)
        return index

    def __len__(self) -> int:
        return self._dim

    def __getitem__(self, index: int) -> Number:
        return self._entries.get(self._index(index), 0)

    def __setitem__(self, index: int, value: Number) -> None:
        index = self._index(index)
        if value == 0:
            self._entries.pop(index, None)  # zeros are never stored
        else:
            self._entries[index] = value

    def __iter__(self) -> Iterator[Number]:
        get = self._entries.get
        return (get(index, 0) for index in range(self._dim))

    def items(self) -> list[tuple[int, Number]]:
        return sorted(self._entries.items())

    def __bool__(self) -> bool:
        return bool(self._entries)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SparseVector):
            raise TypeError("can only compare with a SparseVector")
        return self._dim == other._dim and self._entries == other._entries

    __hash__ = None  # mutable, so unhashable  # type: ignore[assignment]

    def __repr__(self) -> str:
        body = ", ".join("%r: %r" % pair for pair in self.items())
        return "%s(%d, {%s})" % (type(self).__name__, self._dim, body)

    def _check_dim(self, other: "SparseVector") -> None:
        if self._dim != other._dim:
            raise ValueError("dimensions differ: %d and %d" % (self._dim, other._dim))

    def _combined(self, other: "SparseVector", sign: int) -> "SparseVector":
        self._check_dim(other)
        result = SparseVector(self._dim)
        entries = result._entries
        entries.update(self._entries)
        for index, value in other._entries.items():
            total = entries.get(index, 0) + sign * value
            if total == 0:
                entries.pop(index, None)
            else:
                entries[index] = total
        return result

    def __add__(self, other: object) -> "SparseVector":
        if not isinstance(other, SparseVector):
            raise TypeError("can only add a SparseVector")
        return self._combined(other, 1)

    def __sub__(self, other: object) -> "SparseVector":
        if not isinstance(other, SparseVector):
            return NotImplemented
        return self._combined(other, -1)

    def __mul__(self, factor: object) -> "SparseVector":
        if not isinstance(factor, (int, float)):
            raise TypeError("can only multiply by a number")
        result = SparseVector(self._dim)
        if factor != 0:
            result._entries = {index: value * factor for index, value in self._entries.items()}
        return result

    __rmul__ = __mul__

    def __neg__(self) -> "SparseVector":
        return self * -1

    def dot(self, other: "SparseVector") -> Number:
        if not isinstance(other, SparseVector):
            raise TypeError("can only take the dot product with a SparseVector")
        self._check_dim(other)
        small, large = self._entries, other._entries
        if len(small) > len(large):
            small, large = large, small
        return sum(value * large[index] for index, value in small.items() if index in large)

    def __matmul__(self, other: object) -> Number:
        if not isinstance(other, SparseVector):
            return NotImplemented
        return self.dot(other)
