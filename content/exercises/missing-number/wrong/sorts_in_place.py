# Finds the gap correctly after sorting, but nums.sort() reorders the CALLER's list: the function
# has a side effect nobody asked for. sorted(nums) would make a copy.
def missing_number(nums: list[int]) -> int:
    nums.sort()
    for i, value in enumerate(nums):
        if value != i:
            return i
    return len(nums)
