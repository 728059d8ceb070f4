# Finds the rotation point with min() and index(), then does a proper binary search on the right
# part. The second step is O(log n), but the first reads the whole list: O(n) overall.
def search_rotated(nums: list[int], target: int) -> int:
    if not nums:
        return -1
    pivot = nums.index(min(nums))
    n = len(nums)
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        real = (mid + pivot) % n
        if nums[real] == target:
            return real
        if nums[real] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
