# "Fixes" the search by giving up on it: a scan from the left is correct but O(n), which the
# tests notice on a list of a million items.
def lower_bound(items, target):
    i = 0
    while i < len(items) and items[i] < target:
        i += 1
    return i


def count_between(items, low, high):
    return lower_bound(items, high + 1) - lower_bound(items, low)
