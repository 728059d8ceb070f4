from bisect import bisect_left


def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    """Return a longest strictly increasing subsequence of nums (its values, in order)."""
    tails: list[int] = []  # tails[L]: smallest value ending an increasing run of length L + 1
    tail_at: list[int] = []  # tail_at[L]: the index in nums of that value
    before = [-1] * len(nums)  # before[i]: index of the element preceding nums[i] in its run
    for i, value in enumerate(nums):
        length = bisect_left(tails, value)  # strictly increasing: an equal tail is replaced
        if length == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[length] = value
            tail_at[length] = i
        before[i] = tail_at[length - 1] if length > 0 else -1
    # tails itself is not a subsequence in general: walk the links back from the last tail.
    result = []
    i = tail_at[-1] if tail_at else -1
    while i != -1:
        result.append(nums[i])
        i = before[i]
    result.reverse()
    return result
