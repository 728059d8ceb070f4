import unittest

from flatten import flatten


def nest(depth, make_level):
    """Build `depth` levels of nesting, innermost first; return the outermost and all levels."""
    levels = [make_level(None, 0)]
    for i in range(1, depth):
        levels.append(make_level(levels[-1], i))
    return levels[-1], levels


def take_apart(levels):
    # Freeing a very deep structure in one go can overflow the C stack of some interpreters
    # (WebAssembly builds have small ones), so the tests empty each level first.
    for level in levels:
        level.clear()


class FlattenHiddenTest(unittest.TestCase):
    def test_dicts_and_sets_iterate_like_any_iterable(self):
        self.assertEqual(list(flatten([{"a": 1, "b": 2}, [{7}]])), ["a", "b", 7])

    def test_string_subclasses_are_leaves(self):
        class Name(str):
            pass

        self.assertEqual(list(flatten([[Name("x")], "y"])), ["x", "y"])

    def test_the_same_list_twice(self):
        shared = [1, [2]]
        self.assertEqual(list(flatten([shared, shared, [shared]])), [1, 2, 1, 2, 1, 2])

    def test_does_not_change_the_input(self):
        nested = [1, [2, [3]], (4,)]
        list(flatten(nested))
        self.assertEqual(nested, [1, [2, [3]], (4,)])

    def test_reads_lazily(self):
        taken = []

        def source():
            for i in range(100):
                taken.append(i)
                yield i

        leaves = flatten([["start"], [source()]])
        self.assertEqual(next(leaves), "start")
        self.assertEqual(taken, [])
        self.assertEqual(next(leaves), 0)
        self.assertEqual(next(leaves), 1)
        self.assertEqual(taken, [0, 1])

    def test_duplicates_and_negative_numbers(self):
        self.assertEqual(list(flatten([[-1, -1], [[-1]], 0])), [-1, -1, -1, 0])

    def test_100_000_levels(self):
        deep, levels = nest(100_000, lambda inner, i: [1] if inner is None else [inner])
        self.addCleanup(take_apart, levels)
        self.assertEqual(list(flatten(deep)), [1])

    def test_a_deep_comb(self):
        # [49999, [49998, [... [1, [0]] ...]]]: one leaf on each of 50,000 levels.
        comb, levels = nest(50_000, lambda inner, i: [0] if inner is None else [i, inner])
        self.addCleanup(take_apart, levels)
        leaves = list(flatten(comb))
        self.assertEqual(len(leaves), 50_000)
        self.assertEqual(leaves[:3], [49_999, 49_998, 49_997])
        self.assertEqual(leaves[-1], 0)

    def test_many_leaves_nested_700_deep(self):
        bottom = list(range(300_000))
        nested = bottom
        for _ in range(700):
            nested = (nested,)
        self.assertEqual(sum(flatten(nested)), sum(bottom))

    def test_300_000_leaves_in_small_groups(self):
        nested = [[i, (i + 1, [i + 2, i + 3]), i + 4] for i in range(0, 300_000, 5)]
        self.assertEqual(sum(flatten(nested)), 300_000 * 299_999 // 2)


if __name__ == "__main__":
    unittest.main()
