def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    """Return the indices (i, j), i < j, of the two numbers in nums that add up to target."""
    pass
