# Works as a stack, but is not generic: annotated with Any, without a TypeVar or Generic[T].
# Stack[int] raises TypeError ("type 'Stack' is not subscriptable") and a type checker cannot tell
# a stack of ints from a stack of strings.
from typing import Any


class EmptyStackError(IndexError):
    pass


class Stack:
    def __init__(self, items=()):
        self._items = list(items)

    def push(self, item: Any) -> None:
        self._items.append(item)

    def pop(self) -> Any:
        if not self._items:
            raise EmptyStackError("pop from an empty stack")
        return self._items.pop()

    def peek(self) -> Any:
        if not self._items:
            raise EmptyStackError("peek at an empty stack")
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return "Stack(%r)" % (self._items,)
