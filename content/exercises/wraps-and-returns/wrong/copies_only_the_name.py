# Copies __name__ by hand instead of using functools.wraps. The name is right, but the docstring,
# __qualname__, __module__ and __wrapped__ are still the wrapper's (or missing).
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
                raise  # the same exception, with its traceback
            log.append("%s returned %r" % (func.__name__, result))
            return result

        wrapper.__name__ = func.__name__
        return wrapper

    return decorator
