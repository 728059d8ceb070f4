# bisect_right instead of bisect_left: an equal value goes AFTER an equal tail and extends the
# run, so [3, 3, 3] gives [3, 3, 3]: non-decreasing, not strictly increasing.
from bisect import bisect_right


def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    tails, tail_at, before = [], [], [-1] * len(nums)
    for i, value in enumerate(nums):
        length = bisect_right(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[length] = value
            tail_at[length] = i
        before[i] = tail_at[length - 1] if length > 0 else -1
    result = []
    i = tail_at[-1] if tail_at else -1
    while i != -1:
        result.append(nums[i])
        i = before[i]
    return result[::-1]
