# Uses a set for the keys, which is right for numbers, strings and tuples, but a list or dict key
# raises TypeError: unhashable type.
def dedupe(iterable, key=None):
    seen = set()
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.add(k)
            yield item
