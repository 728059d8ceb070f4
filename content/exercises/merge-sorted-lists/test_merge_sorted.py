import ast
import unittest

import merge_sorted as module
from merge_sorted import merge_sorted


class MergeSortedTest(unittest.TestCase):
    def test_interleaved(self):
        self.assertEqual(merge_sorted([1, 3, 5], [2, 4, 6]), [1, 2, 3, 4, 5, 6])

    def test_duplicates_within_and_across(self):
        self.assertEqual(merge_sorted([1, 2, 2], [2, 3]), [1, 2, 2, 2, 3])

    def test_first_list_empty(self):
        self.assertEqual(merge_sorted([], [4, 7]), [4, 7])

    def test_second_list_empty(self):
        self.assertEqual(merge_sorted([-5, 0], []), [-5, 0])

    def test_both_empty(self):
        self.assertEqual(merge_sorted([], []), [])

    def test_one_list_entirely_before_the_other(self):
        self.assertEqual(merge_sorted([10, 20], [1, 2, 3]), [1, 2, 3, 10, 20])

    def test_longer_tail_left_over(self):
        self.assertEqual(merge_sorted([1, 9], [2, 3, 4, 5, 6]), [1, 2, 3, 4, 5, 6, 9])

    def test_inputs_are_not_changed(self):
        a, b = [1, 4], [2, 3]
        merge_sorted(a, b)
        self.assertEqual((a, b), ([1, 4], [2, 3]))

    def test_does_not_sort(self):
        with open(module.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "sorted":
                self.fail("write the merge yourself: do not call sorted()")
            if isinstance(node, ast.Attribute) and node.attr == "sort":
                self.fail("write the merge yourself: do not call list.sort()")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [alias.name for alias in node.names]
                if isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                for name in names:
                    self.assertNotEqual(name.split(".")[0], "heapq", "do not use heapq")


if __name__ == "__main__":
    unittest.main()
