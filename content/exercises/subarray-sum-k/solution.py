def count_subarrays(nums: list[int], k: int) -> int:
    """Return the number of contiguous non-empty runs of nums whose sum is k."""
    prefixes = {0: 1}  # prefix sum -> how many prefixes so far have it; {0: 1} is the empty one
    prefix = count = 0
    for value in nums:
        prefix += value
        # A run ending here sums to k when it starts after an earlier prefix equal to prefix - k.
        count += prefixes.get(prefix - k, 0)
        prefixes[prefix] = prefixes.get(prefix, 0) + 1  # record only after the lookup
    return count
