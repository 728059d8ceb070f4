import base64
import json
import re
import unittest

from cursor_pagination import paginate


def decode(cursor):
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))


def feed(n):
    return [{"id": i, "created": 1000 + i // 3, "title": "post %d" % i} for i in range(n)]


class PaginateTest(unittest.TestCase):
    def test_the_example(self):
        rows = feed(10)
        pages = []
        cursor = None
        for _ in range(3):
            page = paginate(rows, 4, cursor)
            pages.append([row["id"] for row in page["items"]])
            cursor = page["next_cursor"]
        self.assertEqual(pages, [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
        self.assertIsNone(cursor)

    def test_the_cursor_encodes_the_last_row_of_the_page(self):
        page = paginate(feed(10), 4)
        self.assertEqual(decode(page["next_cursor"]), {"created": 1001, "id": 3})

    def test_the_cursor_is_url_safe_and_unpadded(self):
        rows = [{"id": 10**12 + i, "created": 1_700_000_000 + i, "x": "?"} for i in range(50)]
        cursor = None
        for _ in range(20):
            cursor = paginate(rows, 2, cursor)["next_cursor"]
            self.assertRegex(cursor, r"^[A-Za-z0-9_-]+$")

    def test_no_rows(self):
        self.assertEqual(paginate([], 10), {"items": [], "next_cursor": None})

    def test_a_last_page_that_is_exactly_full_has_no_next_cursor(self):
        rows = feed(8)
        first = paginate(rows, 4)
        second = paginate(rows, 4, first["next_cursor"])
        self.assertEqual([row["id"] for row in second["items"]], [4, 5, 6, 7])
        self.assertIsNone(second["next_cursor"])

    def test_rows_sharing_a_timestamp_are_neither_skipped_nor_repeated(self):
        rows = [{"id": i, "created": 5} for i in range(7)]
        seen = []
        cursor = None
        while True:
            page = paginate(rows, 3, cursor)
            seen += [row["id"] for row in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        self.assertEqual(seen, list(range(7)))

    def test_invalid_limits(self):
        for limit in [0, -1, 1001]:
            with self.subTest(limit=limit):
                with self.assertRaises(ValueError):
                    paginate(feed(3), limit)

    def test_a_garbage_cursor(self):
        with self.assertRaises(ValueError):
            paginate(feed(3), 2, "not a cursor!")


if __name__ == "__main__":
    unittest.main()
