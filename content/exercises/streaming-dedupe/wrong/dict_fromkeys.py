# The classic one-liner for ordered dedupe: dict.fromkeys keeps the first occurrence of each key, in
# order. It is eager, though: it reads the whole input before returning anything, which never ends
# on an endless stream, and it fails on unhashable items.
def dedupe(iterable, key=None):
    if key is None:
        return iter(dict.fromkeys(iterable))
    firsts = {}
    for item in iterable:
        firsts.setdefault(key(item), item)
    return iter(firsts.values())
