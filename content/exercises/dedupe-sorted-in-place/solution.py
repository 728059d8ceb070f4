def dedupe_sorted(nums: list) -> int:
    """Remove repeated values from the sorted list nums in place; return its new length."""
    if not nums:
        return 0
    write = 1  # nums[:write] holds the distinct values seen so far
    for read in range(1, len(nums)):
        if nums[read] != nums[write - 1]:  # sorted, so a new value differs from the last kept
            nums[write] = nums[read]
            write += 1
    del nums[write:]  # one cut at the end, instead of a deletion per duplicate
    return write
