def search_rotated(nums: list[int], target: int) -> int:
    """Return the index of target in nums, a rotated ascending list of distinct ints, or -1."""
    pass
