# Remembers the keys in a list, which also handles unhashable keys without any special case. But
# `key in list` scans the whole list: O(u) per item, O(n × u) in total, about 10^11 comparisons for a
# million items with 250,000 distinct keys.
def dedupe(iterable, key=None):
    seen = []
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.append(k)
            yield item
