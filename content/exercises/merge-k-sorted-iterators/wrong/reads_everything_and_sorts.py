# Reads every stream to the end, then sorts. The order is right (sorted() is stable, so even the
# ties come out correctly), but it is not lazy: it holds all N items in memory, reads far ahead
# of what is asked for, and never yields anything from an endless stream.
def merge_sorted(iterables, key=None):
    items = [item for iterable in iterables for item in iterable]
    yield from sorted(items, key=key)


def merged_list(iterables, key=None):
    return list(merge_sorted(iterables, key))
