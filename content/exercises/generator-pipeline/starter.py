from collections.abc import Callable, Iterable, Iterator
from typing import Any


def parse(lines: Iterable[str]) -> Iterator[tuple[str, float]]:
    """Yield (sensor, value) for every well-formed "sensor,value" line; skip all other lines."""
    pass


def select(readings: Iterable[tuple[str, float]], sensor: str) -> Iterator[float]:
    """Yield the values of the readings that come from sensor."""
    pass


def window(items: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Yield a tuple of the last `size` items after each item, once `size` items have been seen.

    Raise ValueError at once (not on the first next()) if size is less than 1.
    """
    pass


def moving_average(values: Iterable[float], size: int) -> Iterator[float]:
    """Yield the average of the last `size` values after each value, once `size` have been seen.

    O(1) per value, whatever the size. Raise ValueError at once if size is less than 1.
    """
    pass


def pipe(source: Iterable[Any], *stages: Callable[[Iterable[Any]], Iterable[Any]]) -> Iterator[Any]:
    """Feed source through the stages, each taking the previous one's output; return an iterator.

    Nothing is read from source until the result is iterated.
    """
    pass
