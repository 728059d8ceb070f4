# Sleeps after every failure, including the last one, so a call that is going to fail anyway
# waits one more (and the longest) backoff period before it reports the error. It also calls
# sleep(0) when there is no delay.
import functools
import time


def retry(attempts, exceptions=Exception, *, delay=0.0, backoff=1.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            error = None
            for _ in range(attempts):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    error = exc
                    sleep(wait)
                    wait *= backoff
            raise error

        return wrapper

    return decorator
