# An off-by-one in the expiry test: `< i - k` keeps index i - k, which already left the window,
# so each "window" really holds k + 1 elements when its first element is the largest.
from collections import deque


def window_maxima(nums: list[int], k: int) -> list[int]:
    candidates = deque()
    maxima = []
    for i, value in enumerate(nums):
        while candidates and nums[candidates[-1]] <= value:
            candidates.pop()
        candidates.append(i)
        if candidates[0] < i - k:
            candidates.popleft()
        if i >= k - 1:
            maxima.append(nums[candidates[0]])
    return maxima
