import itertools
import unittest

from dedupe import dedupe


class DedupeTest(unittest.TestCase):
    def test_keeps_the_first_of_each_in_order(self):
        self.assertEqual(list(dedupe([3, 1, 3, 2, 1])), [3, 1, 2])

    def test_empty(self):
        self.assertEqual(list(dedupe([])), [])

    def test_key_function(self):
        self.assertEqual(list(dedupe(["a", "B", "A", "b", "c"], key=str.lower)), ["a", "B", "c"])

    def test_records_by_id_keep_the_first_record(self):
        events = [{"id": 7, "v": 1}, {"id": 8, "v": 2}, {"id": 7, "v": 3}]
        result = list(dedupe(events, key=lambda e: e["id"]))
        self.assertEqual(result, [{"id": 7, "v": 1}, {"id": 8, "v": 2}])
        self.assertIs(result[0], events[0])

    def test_unhashable_items(self):
        self.assertEqual(list(dedupe([[1, 2], [1, 2], [3]])), [[1, 2], [3]])

    def test_endless_input(self):
        first = dedupe(n % 10 for n in itertools.count())
        self.assertEqual(list(itertools.islice(first, 10)), list(range(10)))

    def test_returns_an_iterator(self):
        result = dedupe([1, 1, 2])
        self.assertIs(iter(result), result)
        self.assertEqual(next(result), 1)
        self.assertEqual(next(result), 2)
        with self.assertRaises(StopIteration):
            next(result)


if __name__ == "__main__":
    unittest.main()
