import ast
import itertools
import unittest

import merge_streams
from merge_streams import merge_sorted


class Stream:
    """An iterator over values that counts how many items were taken from it.

    After `budget` items it refuses to give more, so a merge that reads everything up front
    fails quickly instead of running forever on an endless stream.
    """

    def __init__(self, values, budget=10_000):
        self.values = iter(values)
        self.taken = 0
        self.budget = budget

    def __iter__(self):
        return self

    def __next__(self):
        if self.taken >= self.budget:
            raise AssertionError("read %d items from one stream: the merge is not lazy" % self.taken)
        value = next(self.values)
        self.taken += 1
        return value


class MergeSortedTest(unittest.TestCase):
    def test_statement_example(self):
        self.assertEqual(list(merge_sorted([[1, 4, 7], [2, 5], [], [3, 6, 9]])),
                         [1, 2, 3, 4, 5, 6, 7, 9])

    def test_no_iterables_and_empty_iterables(self):
        self.assertEqual(list(merge_sorted([])), [])
        self.assertEqual(list(merge_sorted([[], [], []])), [])

    def test_one_iterable(self):
        self.assertEqual(list(merge_sorted([[-3, 0, 0, 8]])), [-3, 0, 0, 8])

    def test_duplicates_and_negatives(self):
        self.assertEqual(list(merge_sorted([[-5, 0, 0, 3], [-5, -1, 3], [0]])),
                         [-5, -5, -1, 0, 0, 0, 3, 3])

    def test_a_key_and_stable_ties(self):
        events_a = [{"t": 1, "msg": "a1"}, {"t": 3, "msg": "a3"}]
        events_b = [{"t": 1, "msg": "b1"}, {"t": 2, "msg": "b2"}]
        merged = merge_sorted([events_a, events_b], key=lambda event: event["t"])
        self.assertEqual([event["msg"] for event in merged], ["a1", "b1", "b2", "a3"])

    def test_endless_streams(self):
        streams = [Stream(itertools.count(start, 3)) for start in range(3)]
        self.assertEqual(list(itertools.islice(merge_sorted(streams), 7)), [0, 1, 2, 3, 4, 5, 6])

    def test_reads_only_what_it_needs(self):
        streams = [Stream(range(i, 1000, 10)) for i in range(10)]
        merged = iter(merge_sorted(streams))
        self.assertEqual(sum(stream.taken for stream in streams), 0, "read before being asked")
        for yielded in range(1, 51):
            next(merged)
            taken = sum(stream.taken for stream in streams)
            self.assertLessEqual(taken, len(streams) + yielded,
                                 "%d items read to yield %d" % (taken, yielded))

    def test_is_an_iterator(self):
        merged = merge_sorted([[1], [2]])
        self.assertIs(iter(merged), merged)
        self.assertEqual(next(merged), 1)

    def test_does_not_use_heapq_merge(self):
        with open(merge_streams.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "heapq":
                names = [alias.name for alias in node.names]
                self.assertNotIn("merge", names, "write the merge yourself")
            if isinstance(node, ast.Attribute) and node.attr == "merge":
                self.assertFalse(isinstance(node.value, ast.Name) and node.value.id == "heapq",
                                 "write the merge yourself")


if __name__ == "__main__":
    unittest.main()
