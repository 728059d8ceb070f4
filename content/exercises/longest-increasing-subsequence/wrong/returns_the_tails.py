# The O(n log n) tails array has the right LENGTH, and returning it is a very common mistake:
# tails[L] is the smallest value ending some run of length L + 1, and those values usually come
# from different runs. For [2, 5, 1] it returns [1, 5], which is not a subsequence.
from bisect import bisect_left


def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    tails = []
    for value in nums:
        i = bisect_left(tails, value)
        if i == len(tails):
            tails.append(value)
        else:
            tails[i] = value
    return tails
