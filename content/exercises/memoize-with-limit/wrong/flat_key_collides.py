# Builds the key by appending the sorted keyword items to the positional arguments. Keyword order
# no longer matters, but a positional argument that looks like a keyword item collides with it:
# f(("a", 1)) and f(a=1) both get the key (("a", 1),), so the second call returns the first result.
import functools
from collections import OrderedDict, namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def memoize(maxsize=128):
    if maxsize is not None and maxsize < 0:
        raise ValueError("maxsize must be at least 0")

    def decorator(func):
        cache = OrderedDict()
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = args + tuple(sorted(kwargs.items()))
            if key in cache:
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)
            return result

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = lambda: CacheInfo(hits, misses, maxsize, len(cache))
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
