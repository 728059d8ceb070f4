from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class EmptyStackError(IndexError):
    """Raised by pop() and peek() on an empty stack."""


class Stack(Generic[T]):
    """A last-in, first-out stack of items of type T."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        """Create a stack holding a copy of items; the last item ends up on top."""
        pass

    def push(self, item: T) -> None:
        """Put item on top of the stack."""
        pass

    def pop(self) -> T:
        """Remove and return the top item; raise EmptyStackError if the stack is empty."""
        pass

    def peek(self) -> T:
        """Return the top item without removing it; raise EmptyStackError if empty."""
        pass

    def __len__(self) -> int:
        pass

    def __iter__(self) -> Iterator[T]:
        """Iterate from the top item to the bottom one, without changing the stack."""
        pass

    def __repr__(self) -> str:
        """Stack([bottom, ..., top])."""
        pass
