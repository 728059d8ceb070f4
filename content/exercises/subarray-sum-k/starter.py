def count_subarrays(nums: list[int], k: int) -> int:
    """Return the number of contiguous non-empty runs of nums whose sum is k."""
    pass
