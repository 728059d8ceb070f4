# Computes each window's mean and variance from scratch: correct and numerically sound (two
# passes over the window), but O(window) per value: 200,000 values with a window of 2,000 are 800
# million additions and multiplications.
def rolling_stats(values, window):
    if type(window) is not int or window < 1:
        raise ValueError("window must be a positive int")
    values = list(values)
    result = []
    for end in range(window, len(values) + 1):
        chunk = values[end - window:end]
        mean = sum(chunk) / window
        result.append((mean, sum((x - mean) ** 2 for x in chunk) / window))
    return result
