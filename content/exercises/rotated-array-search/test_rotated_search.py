import unittest

from rotated_search import search_rotated


class ReadCountingList(list):
    """A list that counts how many elements are read and refuses linear-time shortcuts."""

    def __init__(self, values):
        super().__init__(values)
        self.reads = 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise AssertionError("do not slice the list: a slice copies it, O(n)")
        self.reads += 1
        if self.reads > read_budget(len(self)):
            raise AssertionError(
                "read more than %d elements of a %d-element list: the search must be O(log n)"
                % (read_budget(len(self)), len(self))
            )
        return super().__getitem__(index)

    def __iter__(self):
        raise AssertionError("do not loop over the list (or call min, max, sorted on it): that is O(n)")

    def __reversed__(self):
        raise AssertionError("do not loop over the list: that is O(n)")

    def __contains__(self, item):
        raise AssertionError("do not use `in` on the list: it is a linear scan")

    def index(self, *args):
        raise AssertionError("do not use list.index: it is a linear scan")


def read_budget(n):
    return 4 * n.bit_length() + 4


def rotated(values, shift):
    """values rotated so that values[shift] comes first."""
    return values[shift:] + values[:shift]


class SearchRotatedTest(unittest.TestCase):
    def test_target_after_the_rotation_point(self):
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 0), 3)
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 2), 5)

    def test_target_before_the_rotation_point(self):
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 5), 0)
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 7), 2)

    def test_missing_target(self):
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 3), -1)
        self.assertEqual(search_rotated([5, 6, 7, 0, 1, 2, 4], 8), -1)

    def test_not_rotated(self):
        self.assertEqual(search_rotated([1, 3, 8], 8), 2)
        self.assertEqual(search_rotated([1, 3, 8], 1), 0)

    def test_two_elements(self):
        self.assertEqual(search_rotated([4, 1], 1), 1)
        self.assertEqual(search_rotated([4, 1], 4), 0)
        self.assertEqual(search_rotated([1, 4], 4), 1)

    def test_empty_and_single(self):
        self.assertEqual(search_rotated([], 1), -1)
        self.assertEqual(search_rotated([9], 9), 0)
        self.assertEqual(search_rotated([9], 2), -1)

    def test_reads_only_a_few_elements(self):
        values = list(range(0, 4000, 2))  # 2,000 even numbers
        for shift in [0, 1, 700, 1999]:
            for target in [0, 1998, 3998, values[shift], 7, -2]:
                with self.subTest(shift=shift, target=target):
                    nums = ReadCountingList(rotated(values, shift))
                    expected = (target // 2 - shift) % 2000 if target % 2 == 0 and 0 <= target < 4000 else -1
                    self.assertEqual(search_rotated(nums, target), expected)


if __name__ == "__main__":
    unittest.main()
