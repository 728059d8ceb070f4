# lower_bound is fixed, but count_between still subtracts at lower_bound(items, high): the first
# item >= high, so the items equal to high are not counted.
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def count_between(items, low, high):
    return lower_bound(items, high) - lower_bound(items, low)
