def missing_number(nums: list[int]) -> int:
    """Return the one number of 0..len(nums) that is not in nums."""
    n = len(nums)
    expected_total = n * (n + 1) // 2  # 0 + 1 + ... + n
    return expected_total - sum(nums)
