# Re-raises after rolling back, but catches only Exception. KeyboardInterrupt and SystemExit derive
# from BaseException, so a transaction interrupted with Ctrl-C is neither committed nor rolled back:
# it stays open.
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
    except Exception:
        conn.rollback()
        raise  # the block's exception goes on to the caller
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
