"""Two-sum with a dict; the only pair is at the end, so every element is looked at."""
EXPECTED = "O(n)"
ENTRY = "two_sum"


def two_sum(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], j
        seen[x] = j
    return None


def generate(n):
    nums = [2 * i + 1 for i in range(max(n, 2))]
    return nums, nums[-1] + nums[-2]
