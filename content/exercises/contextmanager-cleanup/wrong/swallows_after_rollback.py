# Rolls back on failure but forgets to re-raise. With @contextmanager, a generator that catches the
# exception thrown in at its yield and returns normally tells the with statement that the exception
# was handled: it is suppressed, and the caller carries on as if the transaction had succeeded.
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Caught:
    """What ignoring() yields: the exception it suppressed, if any."""

    def __init__(self) -> None:
        self.exception: BaseException | None = None


@contextmanager
def transaction(conn: Any) -> Iterator[Any]:
    """Begin a transaction; commit if the block succeeds, roll back and re-raise if it fails."""
    conn.begin()
    try:
        yield conn
    except BaseException:  # any failure, KeyboardInterrupt included, must not leave it open
        conn.rollback()
    else:
        conn.commit()


@contextmanager
def ignoring(*exc_types: type[BaseException]) -> Iterator[Caught]:
    """Suppress exceptions of the given types raised in the block; let all others through."""
    caught = Caught()
    try:
        yield caught
    except exc_types as exc:  # an empty tuple catches nothing
        caught.exception = exc


@contextmanager
def pushed(stack: list[Any], item: Any) -> Iterator[Any]:
    """Push item onto stack for the duration of the block, and pop it afterwards."""
    stack.append(item)
    try:
        yield item
    finally:
        stack.pop()  # also when the block raises
