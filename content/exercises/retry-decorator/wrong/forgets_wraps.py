# Retries correctly, but the wrapper replaces the function's identity: without functools.wraps
# the decorated function is called "wrapper", has no docstring and no __wrapped__, which breaks
# logging, debugging, documentation tools and anything that introspects it.
import time


def retry(attempts, exceptions=Exception, *, delay=0.0, backoff=1.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                if wait > 0:
                    sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
