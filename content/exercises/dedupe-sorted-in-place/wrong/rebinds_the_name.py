# Builds the right answer in a NEW list and assigns it to the parameter name. That only rebinds the
# local variable `nums`: the caller's list is never touched, so it still holds the duplicates.
def dedupe_sorted(nums: list) -> int:
    nums = sorted(set(nums))
    return len(nums)
