# The range checks leave out the ends of the sorted half (strict < at nums[lo] and nums[hi]), so a
# target sitting exactly at lo or hi is judged to be in the other half and is never found.
def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] < target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target < nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
