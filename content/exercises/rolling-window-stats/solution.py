import math
from collections import deque
from collections.abc import Iterable


def rolling_stats(values: Iterable[float], window: int) -> list[tuple[float, float]]:
    """Mean and population variance of every full window of `window` consecutive values.

    One pass, O(1) amortised work per value, O(window) memory: a deque holds the window, and the
    mean and M2 (the sum of squared deviations from the mean) are updated as values enter and leave.
    """
    if type(window) is not int or window < 1:
        raise ValueError("window must be a positive int")
    buffer: deque[float] = deque()
    mean = 0.0
    m2 = 0.0
    slides = 0
    result: list[tuple[float, float]] = []
    for x in values:
        if len(buffer) < window:
            # Filling up: Welford's update for one more value.
            buffer.append(x)
            delta = x - mean
            mean += delta / len(buffer)
            m2 += delta * (x - mean)
        else:
            # Sliding: x enters, the oldest value leaves. Both updates use only differences, so
            # a large common offset (values near 1e9) does not cancel out the way sum(x*x) does.
            old = buffer.popleft()
            buffer.append(x)
            old_mean = mean
            mean += (x - old) / window
            m2 += (x - old) * (x - mean + old - old_mean)
            slides += 1
            if slides % window == 0:
                # Rounding errors accumulate over millions of slides; recomputing from the window
                # every `window` slides removes them, at O(1) amortised cost.
                mean = math.fsum(buffer) / window
                m2 = math.fsum((v - mean) ** 2 for v in buffer)
        if len(buffer) == window:
            result.append((float(mean), max(m2, 0.0) / window))  # m2 may round to just below 0
    return result
