import ast
import unittest

import binary_search
from binary_search import find


class CountingList(list):
    """A list that counts element reads and refuses the linear-time shortcuts."""

    def __init__(self, values):
        super().__init__(values)
        self.reads = 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise AssertionError("do not slice the list: a slice copies it, which is O(n)")
        self.reads += 1
        if self.reads > max_reads(len(self)):
            raise AssertionError(
                "read more than %d elements of a %d-element list: binary search needs O(log n)"
                % (max_reads(len(self)), len(self))
            )
        return super().__getitem__(index)

    def __iter__(self):
        raise AssertionError("do not loop over the list: that reads every element, O(n)")

    def __reversed__(self):
        raise AssertionError("do not loop over the list: that reads every element, O(n)")

    def __contains__(self, item):
        raise AssertionError("do not use `in` on the list: it is a linear scan, O(n)")

    def index(self, *args):
        raise AssertionError("do not use list.index: it is a linear scan, O(n)")

    def count(self, *args):
        raise AssertionError("do not use list.count: it is a linear scan, O(n)")


def max_reads(n):
    return 3 * n.bit_length() + 3


class FindTest(unittest.TestCase):
    def test_target_in_the_middle(self):
        self.assertEqual(find([1, 3, 5, 7, 9], 7), 3)

    def test_first_element(self):
        self.assertEqual(find([1, 3, 5, 7, 9], 1), 0)

    def test_last_element(self):
        self.assertEqual(find([1, 3, 5, 7, 9], 9), 4)

    def test_missing_between_elements(self):
        self.assertEqual(find([1, 3, 5, 7, 9], 4), -1)

    def test_missing_below_and_above_every_element(self):
        self.assertEqual(find([1, 3, 5, 7, 9], 0), -1)
        self.assertEqual(find([1, 3, 5, 7, 9], 10), -1)

    def test_empty_list(self):
        self.assertEqual(find([], 4), -1)

    def test_single_element(self):
        self.assertEqual(find([5], 5), 0)
        self.assertEqual(find([5], 6), -1)

    def test_repeated_values_any_matching_index(self):
        items = [1, 2, 2, 2, 2, 3]
        index = find(items, 2)
        self.assertIn(index, [1, 2, 3, 4])

    def test_reads_only_a_few_elements(self):
        for target in [0, 998, 1998, 7, 2001]:
            with self.subTest(target=target):
                items = CountingList(range(0, 2000, 2))  # 1,000 even numbers
                index = find(items, target)
                self.assertLessEqual(
                    items.reads, max_reads(len(items)), "binary search reads O(log n) elements"
                )
                self.assertEqual(index, target // 2 if target % 2 == 0 and target < 2000 else -1)

    def test_does_not_use_the_bisect_module(self):
        with open(binary_search.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                self.assertNotIn(
                    module.split(".")[0], ["bisect", "_bisect"], "write the search yourself"
                )


if __name__ == "__main__":
    unittest.main()
