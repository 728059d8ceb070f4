# The textbook dynamic programme: best[i] is the longest run ending at i, found by looking at
# every earlier position. Correct, with a parent link to rebuild the run, but O(n²): 20 billion
# comparisons for 200,000 values.
def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    n = len(nums)
    best = [1] * n
    parent = [-1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                parent[i] = j
    if n == 0:
        return []
    i = max(range(n), key=best.__getitem__)
    result = []
    while i != -1:
        result.append(nums[i])
        i = parent[i]
    return result[::-1]
