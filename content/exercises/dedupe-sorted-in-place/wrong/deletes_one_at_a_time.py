# Correct, and it does work in place, but every `del nums[i]` shifts all the items after i one place
# to the left: O(n) per duplicate, O(n²) in all. 300,000 equal values mean about 45 billion moves.
def dedupe_sorted(nums: list) -> int:
    i = 1
    while i < len(nums):
        if nums[i] == nums[i - 1]:
            del nums[i]
        else:
            i += 1
    return len(nums)
