# Evicts the oldest *stored* entry instead of the least recently *used* one: a hit does not move
# the entry to the end, so an entry read over and over is still the first to go.
import functools
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
_MARK = object()


def memoize(maxsize=128):
    if maxsize is not None and maxsize < 0:
        raise ValueError("maxsize must be at least 0")

    def decorator(func):
        cache = {}
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = args + (_MARK,) + tuple(sorted(kwargs.items())) if kwargs else args
            if key in cache:
                hits += 1
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = lambda: CacheInfo(hits, misses, maxsize, len(cache))
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
