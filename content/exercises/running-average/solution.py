def add_sample(value: float, samples: list[float] | None = None) -> float:
    """Append value to samples and return the average of all the samples.

    Without samples, a new series is started, so the result is value itself.
    """
    if samples is None:
        samples = []  # a new list on every call that does not pass one
    samples.append(value)
    return sum(samples) / len(samples)
