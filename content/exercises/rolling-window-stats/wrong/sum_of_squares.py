# Keeps running sums of x and x*x and uses variance = E[x²] - E[x]². O(1) per value, and exact on
# paper, but with values near 10⁹ both terms are near 10¹⁸, where a double is only precise to about
# 100: the difference, the real variance of a few units, is lost in rounding (and can come out
# negative). Catastrophic cancellation.
from collections import deque


def rolling_stats(values, window):
    if type(window) is not int or window < 1:
        raise ValueError("window must be a positive int")
    buffer = deque()
    total = total_sq = 0.0
    result = []
    for x in values:
        buffer.append(x)
        total += x
        total_sq += x * x
        if len(buffer) > window:
            old = buffer.popleft()
            total -= old
            total_sq -= old * old
        if len(buffer) == window:
            mean = total / window
            result.append((mean, max(total_sq / window - mean * mean, 0.0)))
    return result
