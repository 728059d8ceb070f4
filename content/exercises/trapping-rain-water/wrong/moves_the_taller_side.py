# Two pointers, but it advances the side with the TALLER bar. That side's water level depends on
# the other side's walls, which are not known yet, so columns are settled with the wrong limit.
def trapped_water(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = water = 0
    while left < right:
        if heights[left] > heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
