def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    """Return True if two equal values of nums sit at most k positions apart."""
    pass
