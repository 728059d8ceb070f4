import unittest

from pagination import paginate

LETTERS = ["a", "b", "c", "d", "e"]


class PaginateTest(unittest.TestCase):
    def test_first_page(self):
        self.assertEqual(
            paginate(LETTERS, 1, per_page=2),
            {"items": ["a", "b"], "page": 1, "pages": 3, "total": 5},
        )

    def test_middle_page(self):
        self.assertEqual(paginate(LETTERS, 2, per_page=2)["items"], ["c", "d"])

    def test_last_partial_page(self):
        self.assertEqual(
            paginate(LETTERS, 3, per_page=2),
            {"items": ["e"], "page": 3, "pages": 3, "total": 5},
        )

    def test_exact_multiple(self):
        result = paginate(list(range(6)), 2, per_page=3)
        self.assertEqual((result["items"], result["pages"]), ([3, 4, 5], 2))

    def test_a_generator(self):
        rows = (row for row in "xyz")
        self.assertEqual(
            paginate(rows, 2, per_page=2), {"items": ["z"], "page": 2, "pages": 2, "total": 3}
        )

    def test_no_rows(self):
        self.assertEqual(paginate([], 1), {"items": [], "page": 1, "pages": 1, "total": 0})

    def test_pages_that_do_not_exist(self):
        for page in [0, -1, 4]:
            with self.subTest(page=page):
                with self.assertRaises(ValueError):
                    paginate(LETTERS, page, per_page=2)

    def test_per_page_below_one(self):
        with self.assertRaises(ValueError):
            paginate(LETTERS, 1, per_page=0)


if __name__ == "__main__":
    unittest.main()
