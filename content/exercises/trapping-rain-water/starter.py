def trapped_water(heights: list[int]) -> int:
    """Return the units of rain water held between the bars of the given heights."""
    pass
