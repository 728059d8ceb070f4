# The two-index walk is right, and the distinct values end up at the front, but the leftover
# items after them are never removed: [1, 1, 2] becomes [1, 2, 2].
def dedupe_sorted(nums: list) -> int:
    if not nums:
        return 0
    write = 1
    for read in range(1, len(nums)):
        if nums[read] != nums[write - 1]:
            nums[write] = nums[read]
            write += 1
    return write
