# Builds each batch by tuple concatenation. Tuples are immutable, so `batch += (item,)` copies
# the whole batch every time: O(n²) per batch of n items, which is fine for small n and far too
# slow for batches of 150,000.
def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")

    def generate():
        batch = ()
        for item in iterable:
            batch += (item,)
            if len(batch) == n:
                yield batch
                batch = ()
        if batch:
            yield batch

    return generate()
