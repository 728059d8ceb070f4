from collections.abc import Awaitable, Coroutine
from typing import Any


def sleep(delay: float, result: Any = None) -> Awaitable[Any]:
    """Return an awaitable that suspends the awaiting coroutine for `delay` units of virtual time.

    `await sleep(0)` (or a negative delay) just lets the other ready coroutines run first.
    The await evaluates to `result`.
    """
    pass


def gather(*coros: Coroutine[Any, Any, Any]) -> Awaitable[list[Any]]:
    """Return an awaitable that runs the coroutines concurrently and gives their results in order.

    It waits for all of them; if any raised, it raises the exception of the first one that failed.
    """
    pass


def now() -> float:
    """The virtual time of the running loop; RuntimeError when no loop is running."""
    pass


def run(main: Coroutine[Any, Any, Any]) -> Any:
    """Run the coroutine main to completion on a new loop whose virtual time starts at 0.

    Return its result or raise its exception. RuntimeError if a loop is already running.
    """
    pass
