# Maps each key to the item that first had it, in a dict. The output is right, but every item ever
# produced stays referenced by the dict for as long as the iterator lives: memory grows with the
# size of the items, not just with the number of distinct keys.
def dedupe(iterable, key=None):
    first_item = {}
    unhashable = []
    for item in iterable:
        k = item if key is None else key(item)
        try:
            if k in first_item:
                continue
            first_item[k] = item
        except TypeError:
            if k in unhashable:
                continue
            unhashable.append(k)
        yield item
