import unittest

from lower_bound import count_between, lower_bound


class ReadLimitedList(list):
    """A list that fails the test when a search reads far more items than binary search needs."""

    def __init__(self, values, searches=1):
        super().__init__(values)
        self.reads = 0
        self.limit = searches * (2 * len(self).bit_length() + 4)

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise AssertionError("do not slice the list: a slice copies it, O(n)")
        self.reads += 1
        if self.reads > self.limit:
            raise AssertionError(
                "read %d items of a %d-item list: a binary search needs far fewer. "
                "Is the loop stuck, or scanning?" % (self.reads, len(self))
            )
        return super().__getitem__(index)

    def __iter__(self):
        raise AssertionError("do not loop over the list: that is O(n)")

    def __contains__(self, item):
        raise AssertionError("do not use `in` on the list: it is a linear scan")

    def index(self, *args):
        raise AssertionError("do not use list.index: it is a linear scan")


def find(values, target):
    return lower_bound(ReadLimitedList(values), target)


def count(values, low, high):
    return count_between(ReadLimitedList(values, searches=2), low, high)


class LowerBoundTest(unittest.TestCase):
    def test_between_items(self):
        self.assertEqual(find([1, 3, 5, 7], 4), 2)

    def test_equal_to_an_item(self):
        self.assertEqual(find([1, 3, 5, 7], 5), 2)
        self.assertEqual(find([1, 3, 5, 7], 3), 1)

    def test_first_of_equal_items(self):
        self.assertEqual(find([1, 2, 2, 2, 3], 2), 1)

    def test_smaller_than_every_item(self):
        self.assertEqual(find([1, 3, 5, 7], 0), 0)

    def test_larger_than_every_item(self):
        self.assertEqual(find([1, 3, 5, 7], 8), 4)

    def test_empty_and_single(self):
        self.assertEqual(find([], 3), 0)
        self.assertEqual(find([5], 5), 0)
        self.assertEqual(find([5], 9), 1)


class CountBetweenTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(count([1, 2, 2, 3, 5, 8], 2, 5), 4)

    def test_nothing_in_range(self):
        self.assertEqual(count([1, 2, 2, 3, 5, 8], 6, 7), 0)

    def test_single_value_range(self):
        self.assertEqual(count([1, 2, 2, 3, 5, 8], 2, 2), 2)


if __name__ == "__main__":
    unittest.main()
