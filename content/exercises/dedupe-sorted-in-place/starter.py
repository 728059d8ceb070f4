def dedupe_sorted(nums: list) -> int:
    """Remove repeated values from the sorted list nums in place; return its new length."""
    pass
