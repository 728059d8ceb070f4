# An off-by-one: hi is inclusive (len - 1) but the loop runs only while lo < hi, so it stops
# when one candidate is left without looking at it. A one-element list, or a target that ends
# up alone in the range (often the first or last element), is reported missing.
def find(sorted_items: list[int], target: int) -> int:
    lo, hi = 0, len(sorted_items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_items[mid] == target:
            return mid
        if sorted_items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
