# Recomputes the average of each window with sum(), which costs O(size) per value: with a window
# of 50,000 over 200,000 values that is billions of additions instead of a running total.
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from typing import Any


def parse(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
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
    return (value for name, value in readings if name == sensor)


def window(items: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
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
    if size < 1:
        raise ValueError("size must be at least 1, got %r" % (size,))

    def averages() -> Iterator[float]:
        last: deque[float] = deque(maxlen=size)
        for value in values:
            last.append(value)
            if len(last) == size:
                yield sum(last) / size

    return averages()


def pipe(source: Iterable[Any], *stages: Callable[[Iterable[Any]], Iterable[Any]]) -> Iterator[Any]:
    return iter(reduce(lambda stream, stage: stage(stream), stages, source))
