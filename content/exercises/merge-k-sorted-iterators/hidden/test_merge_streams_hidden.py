import random
import unittest

from merge_streams import merge_sorted, merged_list
from test_merge_streams import Stream


class MergeSortedHiddenTest(unittest.TestCase):
    def assert_all_equal(self, got, expected, what):
        self.assertEqual(len(got), len(expected))
        for i, (actual, wanted) in enumerate(zip(got, expected)):
            if actual != wanted:
                self.fail("%s #%d: expected %r, got %r" % (what, i, wanted, actual))

    def test_random_lists_against_a_stable_sort(self):
        # sorted() is stable, so sorting the concatenation in stream order gives exactly the
        # stable merge.
        rng = random.Random(23)
        for _ in range(200):
            lists = [sorted(rng.randint(-5, 5) for _ in range(rng.randint(0, 6)))
                     for _ in range(rng.randint(0, 6))]
            tagged = [[(value, i, j) for j, value in enumerate(values)]
                      for i, values in enumerate(lists)]
            expected = sorted((item for items in tagged for item in items), key=lambda t: t[0])
            with self.subTest(lists=lists):
                self.assertEqual(list(merge_sorted(tagged, key=lambda t: t[0])), expected)

    def test_generators_as_streams(self):
        def evens():
            yield from range(0, 10, 2)

        def odds():
            yield from range(1, 10, 2)

        streams = (stream for stream in [evens(), odds()])  # the outer iterable is one-shot too
        self.assertEqual(list(merge_sorted(streams)), list(range(10)))

    def test_none_is_an_ordinary_item(self):
        merged = merge_sorted([[None, None], [], [None]], key=lambda item: 0)
        self.assertEqual(list(merged), [None, None, None])

    def test_strings_and_a_key(self):
        merged = merge_sorted([["fig", "banana"], ["kiwi", "cherry"]], key=len)
        self.assertEqual(list(merged), ["fig", "kiwi", "banana", "cherry"])

    def test_ties_never_compare_the_items(self):
        class Opaque:
            def __init__(self, name):
                self.name = name

            def __lt__(self, other):
                raise AssertionError("items must only be compared through their keys")

            __gt__ = __le__ = __ge__ = __lt__

        streams = [[Opaque("a%d" % i) for i in range(3)], [Opaque("b%d" % i) for i in range(3)]]
        merged = merge_sorted(streams, key=lambda item: 1)
        self.assertEqual([item.name for item in merged], ["a0", "a1", "a2", "b0", "b1", "b2"])

    def test_laziness_with_many_streams(self):
        streams = [Stream(range(i, 100_000, 500)) for i in range(500)]
        merged = merge_sorted(streams)
        first = [next(merged) for _ in range(1000)]
        self.assertEqual(first, list(range(1000)))
        self.assertLessEqual(sum(stream.taken for stream in streams), 1500)

    def test_merged_list(self):
        self.assertEqual(merged_list([[3, 9], [1, 4]]), [1, 3, 4, 9])
        self.assertEqual(merged_list([["bb", "a"], ["c"]], key=lambda s: -len(s)), ["bb", "a", "c"])

    def test_200_000_items_from_2_000_streams(self):
        k = 2000
        lists = [[] for _ in range(k)]
        for value in range(200_000):
            lists[value * 7919 % k].append(value // 3)  # every value three times
        got = list(merge_sorted(lists))
        self.assert_all_equal(got, [value // 3 for value in range(200_000)], "item")

if __name__ == "__main__":
    unittest.main()
