# Correct, but compares every value with each of the k values after it: O(n·k). With 200,000
# distinct values and k = 200,000 that is about 20 billion comparisons.
def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, min(i + k + 1, n)):
            if nums[i] == nums[j]:
                return True
    return False
