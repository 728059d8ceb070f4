def window_maxima(nums: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive elements of nums, left to right."""
    pass
