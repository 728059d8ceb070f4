# The remaining attempts and the wait live in the decorator's scope (nonlocal), so they are shared
# by every call of the decorated function: once some calls have used up retries, later calls get
# fewer attempts and start with a longer wait.
import functools
import time


def retry(attempts, exceptions=Exception, *, delay=0.0, backoff=1.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        left = attempts
        wait = delay

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal left, wait
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    left -= 1
                    if left <= 0:
                        raise
                if wait > 0:
                    sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
