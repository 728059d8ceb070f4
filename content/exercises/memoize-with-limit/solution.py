import functools
from collections import OrderedDict, namedtuple
from collections.abc import Callable, Hashable
from typing import Any

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KWARGS = object()  # separates positional from keyword arguments inside a key


def _make_key(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Hashable:
    if not kwargs:
        return args
    return args + (_KWARGS,) + tuple(sorted(kwargs.items()))


def memoize(maxsize: int | None = 128) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that caches results, keeping at most `maxsize` of them (None: no limit).

    The key combines positional and keyword arguments; keyword order does not matter. The least
    recently used entry is evicted first. The decorated function gets cache_info() and
    cache_clear(). Raise ValueError at once if maxsize is negative.
    """
    if maxsize is not None and maxsize < 0:
        raise ValueError("maxsize must be None or at least 0, got %r" % (maxsize,))

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        cache: OrderedDict[Hashable, Any] = OrderedDict()  # least recently used first
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal hits, misses
            key = _make_key(args, kwargs)
            if key in cache:  # raises TypeError for unhashable arguments
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)  # an exception propagates: nothing is stored
            if maxsize != 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)
            return result

        def cache_info() -> CacheInfo:
            return CacheInfo(hits, misses, maxsize, len(cache))

        def cache_clear() -> None:
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        return wrapper

    return decorator
