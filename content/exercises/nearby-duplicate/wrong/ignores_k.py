# Answers a different question, "is there any duplicate at all?", ignoring how far apart the
# equal values are.
def has_nearby_duplicate(nums: list[int], k: int) -> bool:
    return len(set(nums)) < len(nums)
