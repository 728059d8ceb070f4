def product_except_self(nums: list[int]) -> list[int]:
    """Return result with result[i] = the product of every number in nums except nums[i]."""
    n = len(nums)
    result = [1] * n
    before = 1  # the product of nums[:i]
    for i in range(n):
        result[i] = before
        before *= nums[i]
    after = 1  # the product of nums[i + 1:]
    for i in range(n - 1, -1, -1):
        result[i] *= after
        after *= nums[i]
    return result
