# `items=[]` is a mutable default, created once and shared by every Stack() made without
# arguments, and the stack keeps the list it was given instead of a copy: pushing onto one stack
# changes other stacks and the caller's own list.
from typing import Generic, TypeVar

T = TypeVar("T")


class EmptyStackError(IndexError):
    pass


class Stack(Generic[T]):
    def __init__(self, items: list[T] = []):
        self._items = items

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyStackError("pop from an empty stack")
        return self._items.pop()

    def peek(self) -> T:
        if not self._items:
            raise EmptyStackError("peek at an empty stack")
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return "Stack(%r)" % (self._items,)
