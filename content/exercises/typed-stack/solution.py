from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class EmptyStackError(IndexError):
    """Raised by pop() and peek() on an empty stack."""


class Stack(Generic[T]):
    """A last-in, first-out stack of items of type T."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        """Create a stack holding a copy of items; the last item ends up on top."""
        self._items: list[T] = list(items)  # the top of the stack is the end of the list

    def push(self, item: T) -> None:
        """Put item on top of the stack."""
        self._items.append(item)

    def pop(self) -> T:
        """Remove and return the top item; raise EmptyStackError if the stack is empty."""
        if not self._items:
            raise EmptyStackError("pop from an empty stack")
        return self._items.pop()

    def peek(self) -> T:
        """Return the top item without removing it; raise EmptyStackError if empty."""
        if not self._items:
            raise EmptyStackError("peek at an empty stack")
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        """Iterate from the top item to the bottom one, without changing the stack."""
        return reversed(self._items)

    def __repr__(self) -> str:
        """Stack([bottom, ..., top])."""
        return "%s(%r)" % (type(self).__name__, self._items)
