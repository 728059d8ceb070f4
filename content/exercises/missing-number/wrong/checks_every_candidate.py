# Correct, but `i in nums` is a linear scan of the list, done for up to n + 1 candidates: O(n²).
# With the missing number at the end of 300,000, that is about 45 billion comparisons.
def missing_number(nums: list[int]) -> int:
    for i in range(len(nums) + 1):
        if i not in nums:
            return i
