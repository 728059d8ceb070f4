# Retries by calling itself with one attempt fewer. Each retry adds frames to the call stack, so a
# large attempt budget ends in RecursionError instead of the function's own result or exception.
import functools
import time


def retry(attempts, exceptions=Exception, *, delay=0.0, backoff=1.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return attempt(attempts, delay, args, kwargs)

        def attempt(left, wait, args, kwargs):
            try:
                return func(*args, **kwargs)
            except exceptions:
                if left == 1:
                    raise
            if wait > 0:
                sleep(wait)
            return attempt(left - 1, wait * backoff, args, kwargs)

        return wrapper

    return decorator
