# An off-by-one: "at most k apart" means j - i <= k, but this tests j - i < k, so a pair exactly
# k apart ([1, 2, 3, 1] with k = 3) is missed.
def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    last_seen = {}
    for j, value in enumerate(nums):
        if value in last_seen and j - last_seen[value] < k:
            return True
        last_seen[value] = j
    return False
