import gc
import itertools
import unittest
import weakref

from dedupe import dedupe


class Event:
    __slots__ = ("ident", "payload", "__weakref__")

    def __init__(self, ident):
        self.ident = ident
        self.payload = "x" * 100


class DedupeHiddenTest(unittest.TestCase):
    def test_reads_only_as_far_as_needed(self):
        pulled = []

        def source():
            for value in [5, 5, 6, 5, 6, 7, 8, 8]:
                pulled.append(value)
                yield value

        result = dedupe(source())
        self.assertEqual(pulled, [])  # calling dedupe reads nothing
        self.assertEqual(next(result), 5)
        self.assertEqual(len(pulled), 1)
        self.assertEqual(next(result), 6)
        self.assertEqual(len(pulled), 3)
        self.assertEqual(next(result), 7)
        self.assertEqual(len(pulled), 6)

    def test_key_is_called_once_per_item(self):
        calls = []

        def key(value):
            calls.append(value)
            return value % 3

        self.assertEqual(list(dedupe(range(10), key=key)), [0, 1, 2])
        self.assertEqual(calls, list(range(10)))

    def test_equal_numbers_of_different_types(self):
        self.assertEqual(list(dedupe([1, 1.0, True, 2, 2.0, 0, False, 0.0])), [1, 2, 0])

    def test_none_is_an_item_like_any_other(self):
        self.assertEqual(list(dedupe([None, None, 0, None])), [None, 0])
        self.assertEqual(list(dedupe(["a", "b", "c"], key=lambda s: None)), ["a"])

    def test_mixed_hashable_and_unhashable_keys(self):
        items = [[1], (1,), [1], {1}, {1}, {"a": 1}, {"a": 1}, "1", [1, 2], (1,)]
        self.assertEqual(list(dedupe(items)), [[1], (1,), {1}, {"a": 1}, "1", [1, 2]])

    def test_unhashable_keys_from_a_key_function(self):
        rows = [{"tags": ["a", "b"]}, {"tags": ["b"]}, {"tags": ["a", "b"]}, {"tags": []}]
        self.assertEqual(list(dedupe(rows, key=lambda r: r["tags"])), [rows[0], rows[1], rows[3]])

    def test_items_already_produced_are_not_kept_alive(self):
        source = (Event(i % 50) for i in range(1000))
        result = dedupe(source, key=lambda event: event.ident)
        refs = [weakref.ref(next(result)) for _ in range(40)]
        gc.collect()
        alive = sum(1 for ref in refs if ref() is not None)
        self.assertLessEqual(alive, 1, "dedupe keeps %d of the 40 items it produced alive" % alive)

    def test_a_long_stream_of_identical_items(self):
        stream = itertools.repeat("same", 500_000)
        self.assertEqual(list(dedupe(itertools.chain(stream, ["other"]))), ["same", "other"])

    def test_one_million_items_with_250_000_distinct_keys(self):
        items = ((i * 7919) % 250_000 for i in range(1_000_000))
        result = list(dedupe(items))
        self.assertEqual(len(result), 250_000)
        self.assertTrue(result == [(i * 7919) % 250_000 for i in range(250_000)], "first occurrences, in order")


if __name__ == "__main__":
    unittest.main()
