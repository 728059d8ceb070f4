# A correct generator, except for when the check runs: the body of a generator function does not
# start until the first next(), so batched([1, 2], 0) returns a generator without complaint and
# the ValueError appears later, wherever the batches are first consumed.
def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == n:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)
