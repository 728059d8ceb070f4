def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    """Return True if two equal values of nums sit at most k positions apart."""
    last_seen: dict[int, int] = {}  # value -> the most recent index where it occurred
    for j, value in enumerate(nums):
        i = last_seen.get(value)
        if i is not None and j - i <= k:
            return True
        last_seen[value] = j  # always update: the nearest earlier copy is the best candidate
    return False
