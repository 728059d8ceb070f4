# Correct and short, but each window is sliced (a copy of k elements) and scanned again from
# scratch: O(n·k), ten billion element visits for n = 200,000 and k = 100,000.
def window_maxima(nums: list[int], k: int) -> list[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
