# Reads the whole input into a list first, then slices off one batch at a time. Not lazy: an
# infinite input never gets past list(), and a huge one must fit in memory. `items = items[n:]`
# also copies the rest of the list for every batch: O(N²/n) work in total.
def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    items = list(iterable)
    result = []
    while items:
        result.append(tuple(items[:n]))
        items = items[n:]
    return iter(result)
