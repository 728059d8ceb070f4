# Correct answers by checking every position: O(n) reads, where the rotation still allows
# O(log n). It ignores that each half of a rotated sorted list is mostly sorted.
def search_rotated(nums: list[int], target: int) -> int:
    for i in range(len(nums)):
        if nums[i] == target:
            return i
    return -1
