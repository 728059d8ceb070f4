from collections.abc import Callable
from typing import Any


def logged(log: list[str]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that records every call of the decorated function in `log`."""

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            parts = [repr(arg) for arg in args] + ["%s=%r" % item for item in kwargs.items()]
            log.append("call %s(%s)" % (func.__name__, ", ".join(parts)))
            try:
                result = func(*args, **kwargs)
            except Exception as exc:
                log.append("%s raised %s" % (func.__name__, type(exc).__name__))
            else:
                log.append("%s returned %r" % (func.__name__, result))

        return wrapper

    return decorator
