import random


def generate(n):
    """n random values and windows of n / 4: n = len(nums). k grows with n, so an O(n·k)
    solution shows up as O(n²), while the deque stays O(n)."""
    rng = random.Random(n)
    return [rng.randint(-(10**9), 10**9) for _ in range(n)], max(1, n // 4)
