def search_rotated(nums: list[int], target: int) -> int:
    """Return the index of target in nums, a rotated ascending list of distinct ints, or -1."""
    lo, hi = 0, len(nums) - 1  # if target is present, it is in nums[lo:hi + 1]
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[mid]
        if value == target:
            return mid
        first = nums[lo]
        if first <= value:  # lo..mid is sorted (<=: lo and mid may be the same element)
            if first <= target < value:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # the rotation point is in lo..mid, so mid..hi is sorted
            if value < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
