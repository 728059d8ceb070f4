# Divides M2 by window - 1, the sample variance (pandas' default ddof=1), instead of by window, the
# population variance the statement asks for; and a window of 1 then divides by zero.
from collections import deque


def rolling_stats(values, window):
    if type(window) is not int or window < 1:
        raise ValueError("window must be a positive int")
    buffer = deque()
    mean = m2 = 0.0
    result = []
    for x in values:
        if len(buffer) < window:
            buffer.append(x)
            delta = x - mean
            mean += delta / len(buffer)
            m2 += delta * (x - mean)
        else:
            old = buffer.popleft()
            buffer.append(x)
            old_mean = mean
            mean += (x - old) / window
            m2 += (x - old) * (x - mean + old - old_mean)
        if len(buffer) == window:
            result.append((mean, max(m2, 0.0) / (window - 1)))
    return result
