# A sliding window: grow on the right, shrink from the left while the sum is too big. That is
# correct only for positive numbers, where a longer window always has a larger sum. With zeros or
# negatives, shrinking can skip runs that would have matched.
def count_subarrays(nums: list[int], k: int) -> int:
    count = total = left = 0
    for right, value in enumerate(nums):
        total += value
        while total > k and left <= right:
            total -= nums[left]
            left += 1
        if total == k and left <= right:
            count += 1
    return count
