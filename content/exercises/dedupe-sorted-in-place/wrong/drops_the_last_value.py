# Keeps nums[i] when it differs from the NEXT value. The last value has no next one, so the loop
# stops one short and it is never kept: [1, 1, 2] becomes [1], and [7] becomes [].
def dedupe_sorted(nums: list) -> int:
    write = 0
    for i in range(len(nums) - 1):
        if nums[i] != nums[i + 1]:
            nums[write] = nums[i]
            write += 1
    del nums[write:]
    return write
