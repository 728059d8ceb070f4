# Checks `attempts` only when the decorated function is called, so retry(0) is accepted silently
# and the mistake surfaces much later, far from the line that made it. It also treats the
# `exceptions` argument as a suggestion: it catches every Exception.
import functools
import time


def retry(attempts, exceptions=Exception, *, delay=0.0, backoff=1.0, sleep=time.sleep):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if attempts < 1:
                raise ValueError("attempts must be at least 1")
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except Exception:
                    if attempt == attempts:
                        raise
                if wait > 0:
                    sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
