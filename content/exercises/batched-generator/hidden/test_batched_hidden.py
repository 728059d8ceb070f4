import ast
import unittest

import batched as batched_module
from batched import batched


class Counting:
    """An iterator over range(limit) that records how many items were taken from it."""

    def __init__(self, limit=None):
        self.taken = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.limit is not None and self.taken >= self.limit:
            raise StopIteration
        self.taken += 1
        return self.taken - 1


class BatchedHiddenTest(unittest.TestCase):
    def test_reads_only_what_each_batch_needs(self):
        source = Counting()
        batches = batched(source, 3)
        self.assertEqual(source.taken, 0)  # nothing is read before the first batch is asked for
        self.assertEqual(next(batches), (0, 1, 2))
        self.assertEqual(source.taken, 3)
        self.assertEqual(next(batches), (3, 4, 5))
        self.assertEqual(source.taken, 6)

    def test_exhausted_iterator_keeps_stopping(self):
        batches = batched([1, 2, 3], 3)
        self.assertEqual(list(batches), [(1, 2, 3)])
        self.assertEqual(list(batches), [])

    def test_duplicates_and_none_items(self):
        self.assertEqual(list(batched([None, None, 0, 0, None], 2)), [(None, None), (0, 0), (None,)])

    def test_strings_are_split_into_characters(self):
        self.assertEqual(list(batched("abcd", 3)), [("a", "b", "c"), ("d",)])

    def test_a_huge_n_costs_nothing(self):
        self.assertEqual(list(batched(range(5), 10**9)), [(0, 1, 2, 3, 4)])

    def test_does_not_use_itertools_batched(self):
        with open(batched_module.__file__, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "itertools":
                names = [alias.name for alias in node.names]
                self.assertNotIn("batched", names, "write batched yourself")
            if isinstance(node, ast.Attribute) and node.attr == "batched":
                self.fail("write batched yourself, without itertools.batched")

    def test_a_million_items(self):
        batches = list(batched(range(1_000_000), 7))
        self.assertEqual(len(batches), 142_858)
        self.assertEqual(batches[0], (0, 1, 2, 3, 4, 5, 6))
        self.assertEqual(batches[-1], (999_999,))
        self.assertTrue(all(len(batch) == 7 for batch in batches[:-1]))

    def test_300_000_items_one_at_a_time(self):
        source = Counting(300_000)
        total = 0
        for batch in batched(source, 1):
            total += batch[0]
        self.assertEqual(total, 300_000 * 299_999 // 2)

    def test_two_batches_of_150_000(self):
        batches = list(batched(Counting(300_001), 150_000))
        self.assertEqual([len(batch) for batch in batches], [150_000, 150_000, 1])
        self.assertEqual(batches[1][0], 150_000)


if __name__ == "__main__":
    unittest.main()
