import random
import unittest

from rain_water import trapped_water


def with_running_maxima(heights):
    """The O(n)-space method: running maxima from both ends."""
    n = len(heights)
    if n == 0:
        return 0
    from_left, from_right = heights[:], heights[:]
    for i in range(1, n):
        from_left[i] = max(from_left[i - 1], heights[i])
    for i in range(n - 2, -1, -1):
        from_right[i] = max(from_right[i + 1], heights[i])
    return sum(min(a, b) - h for a, b, h in zip(from_left, from_right, heights))


class TrappedWaterHiddenTest(unittest.TestCase):
    def test_a_lower_bar_between_two_walls(self):
        # The 3 in the middle is under water too: the walls are 5 high.
        self.assertEqual(trapped_water([5, 0, 3, 0, 5]), 12)

    def test_the_lower_wall_decides(self):
        self.assertEqual(trapped_water([2, 0, 0, 9]), 4)
        self.assertEqual(trapped_water([9, 0, 0, 2]), 4)

    def test_equal_walls_and_plateaus(self):
        self.assertEqual(trapped_water([3, 0, 0, 3, 0, 3]), 9)
        self.assertEqual(trapped_water([4, 4, 1, 1, 4, 4]), 6)

    def test_tall_bars(self):
        self.assertEqual(trapped_water([10**9, 0, 0, 10**9]), 2 * 10**9)

    def test_does_not_change_the_heights(self):
        heights = [3, 0, 2, 0, 4]
        trapped_water(heights)
        self.assertEqual(heights, [3, 0, 2, 0, 4])

    def test_small_random_rows(self):
        rng = random.Random(31)
        for _ in range(300):
            heights = [rng.randint(0, 6) for _ in range(rng.randint(0, 20))]
            with self.subTest(heights=heights):
                self.assertEqual(trapped_water(heights), with_running_maxima(heights))

    def test_a_valley_of_300_000_bars(self):
        # Heights fall from m to 1, then climb from 0 to m - 1. The right wall is the lower one,
        # so the water stands m - 1 high: (0 + 1 + ... + m - 2) + (0 + 1 + ... + m - 1) units.
        m = 150_000
        heights = list(range(m, 0, -1)) + list(range(0, m))
        self.assertEqual(trapped_water(heights), (m - 1) ** 2)

    def test_300_000_random_bars(self):
        rng = random.Random(8)
        heights = [rng.randint(0, 10**9) for _ in range(300_000)]
        self.assertEqual(trapped_water(heights), with_running_maxima(heights))


if __name__ == "__main__":
    unittest.main()
