def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    """Return a longest strictly increasing subsequence of nums (its values, in order)."""
    pass
