import time
from collections.abc import Callable
from typing import Any


def retry(
    attempts: int,
    exceptions: type[BaseException] | tuple[type[BaseException], ...] = Exception,
    *,
    delay: float = 0.0,
    backoff: float = 1.0,
    sleep: Callable[[float], Any] = time.sleep,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that retries a function up to `attempts` times.

    A call that raises one of `exceptions` is repeated with the same arguments; between attempts
    the wrapper calls sleep(wait), with wait = delay, delay * backoff, delay * backoff**2, ...
    (no call when wait is 0). When every attempt fails, the last exception is re-raised.
    Raise ValueError at once if attempts is less than 1.
    """
    pass
