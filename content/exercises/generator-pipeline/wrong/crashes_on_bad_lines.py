# Trusts the input: a line without exactly one comma or with a value that is not a number raises
# ValueError and kills the whole stream, and "nan" or "inf" readings get through.
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from typing import Any


def parse(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sensor, text = line.split(",")
        yield sensor.strip(), float(text)


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
