def product_except_self(nums: list[int]) -> list[int]:
    """Return result with result[i] = the product of every number in nums except nums[i]."""
    pass
