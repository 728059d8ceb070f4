# Keeps the recency order in a plain list. The results are right, but list.remove scans the list
# on every hit and list.pop(0) shifts it on every eviction: O(maxsize) per call, far too slow on a
# cache of 50,000 entries.
import functools
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
_MARK = object()


def memoize(maxsize=128):
    if maxsize is not None and maxsize < 0:
        raise ValueError("maxsize must be at least 0")

    def decorator(func):
        values = {}
        order = []
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = args + (_MARK,) + tuple(sorted(kwargs.items())) if kwargs else args
            if key in values:
                stats["hits"] += 1
                order.remove(key)
                order.append(key)
                return values[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            if maxsize != 0:
                values[key] = result
                order.append(key)
                if maxsize is not None and len(order) > maxsize:
                    del values[order.pop(0)]
            return result

        wrapper.cache_info = lambda: CacheInfo(stats["hits"], stats["misses"], maxsize, len(values))

        def cache_clear():
            values.clear()
            order.clear()
            stats.update(hits=0, misses=0)

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
