# The famous zip(*[iter(xs)] * n) idiom: n references to one iterator, zipped, give batches of n.
# But zip stops at the shortest input, so a final, incomplete batch is silently dropped.
def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return zip(*[iter(iterable)] * n)
