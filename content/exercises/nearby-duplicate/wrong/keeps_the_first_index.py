# Remembers only the FIRST index of each value (the dict is never updated once a value is in it).
# In [1, 2, 3, 1, 4, 1] with k = 2, every later 1 is compared with index 0, which is too far, and
# the close pair at 3 and 5 is missed.
def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    first_seen = {}
    for j, value in enumerate(nums):
        if value in first_seen and j - first_seen[value] <= k:
            return True
        first_seen.setdefault(value, j)
    return False
