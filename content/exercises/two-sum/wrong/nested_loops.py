# The brute force: try every pair. Correct, but O(n²): on 200,000 numbers with the pair at the
# end it makes about 20 billion comparisons and cannot finish within the time limit.
def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
