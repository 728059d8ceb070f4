import itertools
import unittest

from pipeline import moving_average, parse, pipe, select, window


class Source:
    """An iterator over `items` that counts how many were read and refuses to read past `limit`."""

    def __init__(self, items, limit=None):
        self.items = iter(items)
        self.read = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.limit is not None and self.read >= self.limit:
            raise AssertionError("read more than %d items: the stage is not lazy" % self.limit)
        item = next(self.items)
        self.read += 1
        return item


def endless_lines():
    """A practically endless stream: it fails loudly instead of running forever if read eagerly."""
    for i in itertools.count():
        if i > 100_000:
            raise AssertionError("the whole stream was read: some stage is not lazy")
        yield "s%d,%d" % (i % 3, i)


class PipelineTest(unittest.TestCase):
    def test_parse(self):
        lines = ["# sensor,value", "a,20", "b,7", "a, 22.5", "oops", "a,21", "a,nan"]
        self.assertEqual(list(parse(lines)), [("a", 20.0), ("b", 7.0), ("a", 22.5), ("a", 21.0)])

    def test_parse_skips_malformed_lines(self):
        lines = ["", "   ", "  # comment", "a,1,2", ",4", "a,", "a,x", "a,inf", "no comma", " t , -3 \n"]
        self.assertEqual(list(parse(lines)), [("t", -3.0)])

    def test_select(self):
        readings = [("a", 1.0), ("b", 2.0), ("a", 3.0)]
        self.assertEqual(list(select(readings, "a")), [1.0, 3.0])
        self.assertEqual(list(select(readings, "z")), [])

    def test_window(self):
        self.assertEqual(list(window("abcd", 3)), [("a", "b", "c"), ("b", "c", "d")])
        self.assertEqual(list(window([1, 2], 1)), [(1,), (2,)])
        self.assertEqual(list(window([1, 2], 3)), [])
        self.assertEqual(list(window([], 2)), [])

    def test_moving_average(self):
        self.assertEqual(list(moving_average([1, 2, 3, 4], 2)), [1.5, 2.5, 3.5])
        self.assertEqual(list(moving_average([5, -5, 5], 1)), [5, -5, 5])
        self.assertEqual(list(moving_average([1, 2], 3)), [])

    def test_the_pipeline_from_the_statement(self):
        lines = ["# sensor,value", "a,20", "b,7", "a, 22.5", "oops", "a,21", "a,nan"]
        averages = pipe(lines, parse, lambda r: select(r, "a"), lambda v: moving_average(v, 2))
        self.assertEqual(list(averages), [21.25, 21.75])

    def test_pipe_without_stages_is_an_iterator_over_the_source(self):
        result = pipe([1, 2, 3])
        self.assertEqual(next(result), 1)
        self.assertEqual(list(result), [2, 3])

    def test_an_endless_source(self):
        windows = pipe(endless_lines(), parse, lambda r: select(r, "s1"), lambda v: window(v, 2))
        self.assertEqual(list(itertools.islice(windows, 3)), [(1.0, 4.0), (4.0, 7.0), (7.0, 10.0)])

    def test_nothing_is_read_before_the_first_next(self):
        source = Source(["a,1"], limit=0)
        result = pipe(source, parse, lambda r: select(r, "a"), lambda v: moving_average(v, 1))
        self.assertEqual(source.read, 0)
        with self.assertRaises(AssertionError):
            next(result)

    def test_invalid_sizes_fail_at_once(self):
        for stage in (window, moving_average):
            with self.subTest(stage=stage.__name__):
                with self.assertRaises(ValueError):
                    stage([1, 2, 3], 0)


if __name__ == "__main__":
    unittest.main()
