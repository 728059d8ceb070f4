# Prefix sums with a dict, but the dict starts empty instead of {0: 1}: a run that starts at index
# 0 needs the empty prefix (sum 0) as its partner, so those runs are never counted.
def count_subarrays(nums: list[int], k: int) -> int:
    prefixes = {}
    prefix = count = 0
    for value in nums:
        prefix += value
        count += prefixes.get(prefix - k, 0)
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
    return count
