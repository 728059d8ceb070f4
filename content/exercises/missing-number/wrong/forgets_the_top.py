# Sorts a copy and returns the first position whose value is not its index. When the missing
# number is n, every position matches, the loop ends, and the function falls off the end
# returning None.
def missing_number(nums: list[int]) -> int:
    for i, value in enumerate(sorted(nums)):
        if value != i:
            return i
