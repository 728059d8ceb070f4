import unittest

from nearby_duplicate import has_nearby_duplicate


class HasNearbyDuplicateTest(unittest.TestCase):
    def test_exactly_k_apart(self):
        self.assertIs(has_nearby_duplicate([1, 2, 3, 1], 3), True)

    def test_neighbours(self):
        self.assertIs(has_nearby_duplicate([1, 0, 1, 1], 1), True)

    def test_all_duplicates_too_far(self):
        self.assertIs(has_nearby_duplicate([1, 2, 3, 1, 2, 3], 2), False)

    def test_a_later_pair_is_close_enough(self):
        self.assertIs(has_nearby_duplicate([1, 2, 3, 1, 4, 1], 2), True)

    def test_k_zero(self):
        self.assertIs(has_nearby_duplicate([7, 7], 0), False)

    def test_empty_list(self):
        self.assertIs(has_nearby_duplicate([], 5), False)

    def test_single_value(self):
        self.assertIs(has_nearby_duplicate([4], 1), False)

    def test_no_duplicates(self):
        self.assertIs(has_nearby_duplicate([5, 6, 7, 8], 10), False)


if __name__ == "__main__":
    unittest.main()
