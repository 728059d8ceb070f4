# Right value, in O(n log n), but list.sort() reorders the caller's list: a side effect nobody
# asked for. sorted(nums) would have made a copy.
def kth_largest(nums: list[int], k: int) -> int:
    nums.sort(reverse=True)
    return nums[k - 1]
