# Uses deque(maxlen=window), which drops the oldest value by itself on append. But it reads the
# "leaving" value as buffer[0] AFTER the append, when the real leaving value is already gone:
# buffer[0] is then the second oldest, which stays in the window. The sums drift from the first
# slide on.
from collections import deque


def rolling_stats(values, window):
    if type(window) is not int or window < 1:
        raise ValueError("window must be a positive int")
    buffer = deque(maxlen=window)
    mean = m2 = 0.0
    result = []
    for x in values:
        if len(buffer) < window:
            buffer.append(x)
            delta = x - mean
            mean += delta / len(buffer)
            m2 += delta * (x - mean)
        else:
            buffer.append(x)
            old = buffer[0]
            old_mean = mean
            mean += (x - old) / window
            m2 += (x - old) * (x - mean + old - old_mean)
        if len(buffer) == window:
            result.append((mean, max(m2, 0.0) / window))
    return result
