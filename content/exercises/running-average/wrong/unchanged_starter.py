# The bug left in place: the default list is created once, when `def` runs, and every call
# without samples appends to that same list, so each such call averages all earlier ones too.
def add_sample(value: float, samples: list[float] = []) -> float:
    """Append value to samples and return the average of all the samples.

    Without samples, a new series is started, so the result is value itself.
    """
    samples.append(value)
    return sum(samples) / len(samples)
