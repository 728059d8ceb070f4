# Keeps only the running maximum from the left, as if there were always a wall at the right end:
# water on a slope that falls to the right is counted although it runs off.
def trapped_water(heights: list[int]) -> int:
    water = left_max = 0
    for h in heights:
        left_max = max(left_max, h)
        water += left_max - h
    return water
