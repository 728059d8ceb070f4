def trapped_water(heights: list[int]) -> int:
    """Return the units of rain water held between the bars of the given heights."""
    left, right = 0, len(heights) - 1
    left_max = right_max = 0  # the tallest bar seen so far from each end
    water = 0
    while left < right:
        # The lower side is limited by its own maximum: the other side has a bar at least as tall.
        if heights[left] < heights[right]:
            if heights[left] > left_max:
                left_max = heights[left]
            water += left_max - heights[left]
            left += 1
        else:
            if heights[right] > right_max:
                right_max = heights[right]
            water += right_max - heights[right]
            right -= 1
    return water
