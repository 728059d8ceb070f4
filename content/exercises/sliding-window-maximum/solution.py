from collections import deque


def window_maxima(nums: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive elements of nums, left to right."""
    candidates: deque[int] = deque()  # indices whose values decrease from front to back
    maxima = []
    for i, value in enumerate(nums):
        # Smaller or equal values before i can never be a maximum again: i outlives them.
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - k:  # the front has slid out of the window nums[i - k + 1 .. i]
            candidates.popleft()
        if i >= k - 1:
            maxima.append(nums[candidates[0]])
    return maxima
