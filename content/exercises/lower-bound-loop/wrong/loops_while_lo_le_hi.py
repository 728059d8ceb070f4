# Mixes two styles: the half-open range (hi = len(items), hi = mid) with the closed loop test
# `while lo <= hi`. Once lo == hi the loop goes on with mid == lo forever, and when lo reaches
# len(items) it reads one past the end.
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def count_between(items, low, high):
    return lower_bound(items, high + 1) - lower_bound(items, low)
