def add_sample(value: float, samples: list[float] = []) -> float:
    """Append value to samples and return the average of all the samples.

    Without samples, a new series is started, so the result is value itself.
    """
    samples.append(value)
    return sum(samples) / len(samples)
