from collections import namedtuple
from collections.abc import Callable
from typing import Any

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def memoize(maxsize: int | None = 128) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that caches results, keeping at most `maxsize` of them (None: no limit).

    The key combines positional and keyword arguments; keyword order does not matter. The least
    recently used entry is evicted first. The decorated function gets cache_info() and
    cache_clear(). Raise ValueError at once if maxsize is negative.
    """
    pass
