# Finds the right pair but returns the two numbers instead of their positions.
def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    seen = set()
    for value in nums:
        if target - value in seen:
            return (target - value, value)
        seen.add(value)
