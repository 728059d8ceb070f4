import unittest
from itertools import count, islice

from flatten import flatten


class FlattenTest(unittest.TestCase):
    def test_already_flat(self):
        self.assertEqual(list(flatten([1, 2, 3])), [1, 2, 3])

    def test_nested_lists(self):
        self.assertEqual(list(flatten([1, [2, [3, [4]], 5]])), [1, 2, 3, 4, 5])

    def test_empty_containers_contribute_nothing(self):
        self.assertEqual(list(flatten([])), [])
        self.assertEqual(list(flatten([[], [[]], 1, [[], [2]]])), [1, 2])

    def test_strings_and_bytes_are_leaves(self):
        self.assertEqual(list(flatten(["ab", ["c", b"de"], bytearray(b"f")])), ["ab", "c", b"de", bytearray(b"f")])

    def test_any_iterable_is_a_container(self):
        nested = (1, [range(2, 4)], (x * 10 for x in [4, 5]), iter([6]))
        self.assertEqual(list(flatten(nested)), [1, 2, 3, 40, 50, 6])

    def test_non_iterables_are_leaves(self):
        self.assertEqual(list(flatten([None, [0, False, 1.5]])), [None, 0, False, 1.5])

    def test_returns_an_iterator(self):
        leaves = flatten([[1], 2])
        self.assertEqual(next(leaves), 1)
        self.assertEqual(next(leaves), 2)
        with self.assertRaises(StopIteration):
            next(leaves)

    def test_infinite_inner_iterable(self):
        self.assertEqual(list(islice(flatten([0, [count(1)]]), 5)), [0, 1, 2, 3, 4])


if __name__ == "__main__":
    unittest.main()
