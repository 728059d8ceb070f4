# Commits in a finally block "so that it always happens". It does: also after a failure, right
# after the rollback, which commits whatever half-finished state the block left behind.
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
    except BaseException:
        conn.rollback()
        raise
    finally:
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
