# Relies on the list to complain about an empty stack, so pop() and peek() raise a plain
# IndexError ("pop from empty list") rather than EmptyStackError. Callers that catch
# EmptyStackError miss it. Iterating also pops the items, emptying the stack.
from typing import Generic, TypeVar

T = TypeVar("T")


class EmptyStackError(IndexError):
    pass


class Stack(Generic[T]):
    def __init__(self, items=()):
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> T:
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        while self._items:
            yield self._items.pop()

    def __repr__(self):
        return "Stack(%r)" % (self._items,)
