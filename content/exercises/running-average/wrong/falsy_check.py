# Half a fix: `samples or []` replaces a missing list, but also an EMPTY list the caller passed in,
# because an empty list is falsy. The caller's list then never receives its first value, and stays
# empty forever.
def add_sample(value: float, samples: list[float] | None = None) -> float:
    samples = samples or []
    samples.append(value)
    return sum(samples) / len(samples)
