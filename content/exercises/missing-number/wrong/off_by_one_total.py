# The sum trick with the wrong upper end: n * (n - 1) // 2 is 0 + 1 + ... + (n - 1), but the range
# goes up to n. The result is always n too small.
def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n - 1) // 2 - sum(nums)
