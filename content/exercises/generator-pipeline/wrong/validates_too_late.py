# window() and moving_average() are generator functions that check `size` in their own body. A
# generator's body only starts on the first next(), so window(items, 0) returns happily and the
# ValueError appears later, far from the call that was wrong.
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
    def windows() -> Iterator[tuple[Any, ...]]:
        if size < 1:
            raise ValueError("size must be at least 1, got %r" % (size,))
        last: deque[Any] = deque(maxlen=size)  # appending drops the oldest item in O(1)
        for item in items:
            last.append(item)
            if len(last) == size:
                yield tuple(last)

    return windows()


def moving_average(values: Iterable[float], size: int) -> Iterator[float]:
    def averages() -> Iterator[float]:
        if size < 1:
            raise ValueError("size must be at least 1, got %r" % (size,))
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
    return iter(reduce(lambda stream, stage: stage(stream), stages, source))
