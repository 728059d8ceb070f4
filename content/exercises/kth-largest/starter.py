def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest value in nums (1 <= k <= len(nums)); duplicates count separately."""
    pass
