# Correct answers: take the maximum out k - 1 times, then the maximum is the k-th largest. But
# each max() and remove() scans the list, so this is O(n·k): with n = 200,000 and k = 100,000,
# some 40 billion element visits.
def kth_largest(nums: list[int], k: int) -> int:
    remaining = list(nums)
    for _ in range(k - 1):
        remaining.remove(max(remaining))
    return max(remaining)
