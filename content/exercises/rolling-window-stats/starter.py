from collections.abc import Iterable


def rolling_stats(values: Iterable[float], window: int) -> list[tuple[float, float]]:
    """Mean and population variance of every full window of `window` consecutive values."""
    pass
