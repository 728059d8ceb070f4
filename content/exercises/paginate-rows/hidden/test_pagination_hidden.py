import unittest

from pagination import paginate


class CountingList(list):
    """A list that fails the test if it is iterated or copied as a whole."""

    def __iter__(self):
        raise AssertionError("the whole list was read: use len() and a slice for sequences")


class PaginateHiddenTest(unittest.TestCase):
    def test_every_page_of_a_generator_matches_the_list(self):
        data = list(range(23))
        for page in range(1, 6):
            with self.subTest(page=page):
                from_list = paginate(data, page, per_page=5)
                from_generator = paginate((x for x in data), page, per_page=5)
                self.assertEqual(from_generator, from_list)
                self.assertEqual(from_list["items"], data[(page - 1) * 5 : page * 5])

    def test_an_iterator_over_a_list(self):
        self.assertEqual(paginate(iter([1, 2, 3]), 1, per_page=10)["items"], [1, 2, 3])

    def test_tuples_ranges_and_strings(self):
        self.assertEqual(paginate((1, 2, 3), 2, per_page=2)["items"], [3])
        self.assertEqual(paginate(range(100), 10, per_page=10)["items"], list(range(90, 100)))
        self.assertEqual(paginate("abcde", 2, per_page=3)["items"], ["d", "e"])

    def test_items_is_a_list(self):
        self.assertIsInstance(paginate((1, 2), 1)["items"], list)
        self.assertIsInstance(paginate(range(5), 1)["items"], list)

    def test_one_row_per_page(self):
        result = paginate(["only"], 1, per_page=1)
        self.assertEqual(result, {"items": ["only"], "page": 1, "pages": 1, "total": 1})
        with self.assertRaises(ValueError):
            paginate(["only"], 2, per_page=1)

    def test_an_empty_generator_has_one_empty_page(self):
        self.assertEqual(paginate(iter([]), 1), {"items": [], "page": 1, "pages": 1, "total": 0})
        with self.assertRaises(ValueError):
            paginate(iter([]), 2)

    def test_does_not_change_the_list(self):
        rows = [3, 1, 2]
        paginate(rows, 1, per_page=2)
        self.assertEqual(rows, [3, 1, 2])

    def test_sequences_are_not_read_in_full(self):
        rows = CountingList(range(1000))
        result = paginate(rows, 7, per_page=10)
        self.assertEqual(result["items"], list(range(60, 70)))
        self.assertEqual(result["pages"], 100)

    def test_2_000_pages_of_a_million_rows(self):
        rows = list(range(1_000_000))
        for page in range(1, 40_001, 20):  # 2,000 different pages
            result = paginate(rows, page, per_page=25)
            if result["items"][0] != (page - 1) * 25 or len(result["items"]) != 25:
                self.fail("page %d starts with %r" % (page, result["items"][:1]))
        self.assertEqual(result["pages"], 40_000)
        self.assertEqual(result["total"], 1_000_000)

    def test_a_million_rows_from_a_generator(self):
        result = paginate((i * 2 for i in range(1_000_000)), 40_000, per_page=25)
        self.assertEqual(result["items"][-1], 1_999_998)
        self.assertEqual((result["pages"], result["total"]), (40_000, 1_000_000))


if __name__ == "__main__":
    unittest.main()
