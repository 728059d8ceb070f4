# Correct: fix each start, extend the end and keep a running sum. But that visits all n(n+1)/2
# runs, O(n²): 20 billion additions for 200,000 numbers.
def count_subarrays(nums: list[int], k: int) -> int:
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total == k:
                count += 1
    return count
