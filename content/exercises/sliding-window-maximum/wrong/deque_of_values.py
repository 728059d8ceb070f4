# A monotonic deque that stores VALUES and drops equal ones from the back. When an element leaves
# the window it pops the front if the front has the same value, but that value may belong to a
# later, equal element that is still inside: [5, 5, 1] with k = 2 gives [5, 1].
from collections import deque


def window_maxima(nums: list[int], k: int) -> list[int]:
    candidates = deque()
    maxima = []
    for i, value in enumerate(nums):
        if i >= k and candidates and candidates[0] == nums[i - k]:
            candidates.popleft()
        while candidates and candidates[-1] <= value:
            candidates.pop()
        candidates.append(value)
        if i >= k - 1:
            maxima.append(candidates[0])
    return maxima
