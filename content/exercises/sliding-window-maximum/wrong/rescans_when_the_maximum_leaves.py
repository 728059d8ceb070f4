# Keeps the current maximum and rescans the window only when that maximum slides out. Fast on
# random data, but on decreasing values the maximum leaves at every step, so every window is
# rescanned: O(n·k) again.
def window_maxima(nums: list[int], k: int) -> list[int]:
    if not nums:
        return []
    current = max(nums[:k])
    maxima = [current]
    for i in range(k, len(nums)):
        if nums[i] >= current:
            current = nums[i]
        elif nums[i - k] == current:
            current = max(nums[i - k + 1:i + 1])
        maxima.append(current)
    return maxima
