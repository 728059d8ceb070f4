# The prefix/suffix idea is right, but the backward loop is range(n - 1, 0, -1): it stops
# before index 0, so result[0] never gets the product of the numbers after it and stays 1.
def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    result = [1] * n
    before = 1
    for i in range(n):
        result[i] = before
        before *= nums[i]
    after = 1
    for i in range(n - 1, 0, -1):
        result[i] *= after
        after *= nums[i]
    return result
