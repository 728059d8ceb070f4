# Drops duplicates before ranking, so it returns the k-th largest DISTINCT value: for [5, 5, 4]
# and k = 2 it answers 4, not 5 (and fails with IndexError when k exceeds the distinct count).
def kth_largest(nums: list[int], k: int) -> int:
    return sorted(set(nums), reverse=True)[k - 1]
