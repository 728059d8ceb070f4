# Half a fix: an immutable default (a tuple) plus a copy stops the leaking between calls, but now
# the function appends to its own copy, so a caller's list is never updated and cannot accumulate.
def add_sample(value: float, samples: list[float] = ()) -> float:
    samples = list(samples)
    samples.append(value)
    return sum(samples) / len(samples)
