# Keeps the top of the stack at index 0, so push is list.insert(0, item) and pop is list.pop(0).
# Both shift every other element: O(n) per operation, and 300,000 pushes and pops take minutes.
from typing import Generic, TypeVar

T = TypeVar("T")


class EmptyStackError(IndexError):
    pass


class Stack(Generic[T]):
    def __init__(self, items=()):
        self._items: list[T] = []
        for item in items:
            self.push(item)

    def push(self, item: T) -> None:
        self._items.insert(0, item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyStackError("pop from an empty stack")
        return self._items.pop(0)

    def peek(self) -> T:
        if not self._items:
            raise EmptyStackError("peek at an empty stack")
        return self._items[0]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return "Stack(%r)" % (self._items[::-1],)
