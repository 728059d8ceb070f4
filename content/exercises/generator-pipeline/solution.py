import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from typing import Any


def parse(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
    """Yield (sensor, value) for every well-formed "sensor,value" line; skip all other lines."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(",")
        if len(fields) != 2:
            continue
        sensor, text = fields[0].strip(), fields[1].strip()
        try:
            value = float(text)
        except ValueError:
            continue
        if sensor and math.isfinite(value):
            yield sensor, value


def select(readings: Iterable[tuple[str, float]], sensor: str) -> Iterator[float]:
    """Yield the values of the readings that come from sensor."""
    return (value for name, value in readings if name == sensor)


def window(items: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Yield a tuple of the last `size` items after each item, once `size` items have been seen.

    Raise ValueError at once (not on the first next()) if size is less than 1.
    """
    if size < 1:
        raise ValueError("size must be at least 1, got %r" % (size,))

    def windows() -> Iterator[tuple[Any, ...]]:
        last: deque[Any] = deque(maxlen=size)  # appending drops the oldest item in O(1)
        for item in items:
            last.append(item)
            if len(last) == size:
                yield tuple(last)

    return windows()


def moving_average(values: Iterable[float], size: int) -> Iterator[float]:
    """Yield the average of the last `size` values after each value, once `size` have been seen.

    O(1) per value, whatever the size. Raise ValueError at once if size is less than 1.
    """
    if size < 1:
        raise ValueError("size must be at least 1, got %r" % (size,))

    def averages() -> Iterator[float]:
        last: deque[float] = deque()
        total = 0.0
        for value in values:
            last.append(value)
            total += value
            if len(last) > size:
                total -= last.popleft()
            if len(last) == size:
                yield total / size

    return averages()


def pipe(source: Iterable[Any], *stages: Callable[[Iterable[Any]], Iterable[Any]]) -> Iterator[Any]:
    """Feed source through the stages, each taking the previous one's output; return an iterator.

    Nothing is read from source until the result is iterated.
    """
    return iter(reduce(lambda stream, stage: stage(stream), stages, source))
