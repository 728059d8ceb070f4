import functools
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
    if attempts < 1:
        raise ValueError("attempts must be at least 1, got %r" % (attempts,))

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            wait = delay  # local: every call starts its own wait sequence
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise  # the last attempt's exception, unchanged
                if wait > 0:
                    sleep(wait)
                wait *= backoff
            raise AssertionError("unreachable")

        return wrapper

    return decorator
