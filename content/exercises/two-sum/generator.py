def generate(n):
    """n distinct odd numbers whose only pair adding up to the target is the last two."""
    nums = [2 * i + 1 for i in range(max(n, 2))]
    return nums, nums[-1] + nums[-2]
