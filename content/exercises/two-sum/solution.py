def two_sum(nums: list[int], target: int) -> tuple[int, int]:
    """Return the indices (i, j), i < j, of the two numbers in nums that add up to target."""
    seen: dict[int, int] = {}  # value -> index of an earlier occurrence
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return (i, j)
        seen[value] = j
    raise ValueError("no two numbers add up to target")
