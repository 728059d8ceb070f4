import base64
import copy
import unittest

from cursor_pagination import paginate


def encode(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return base64.urlsafe_b64encode(text).rstrip(b"=").decode("ascii")


def ids(page):
    return [row["id"] for row in page["items"]]


class PaginateHiddenTest(unittest.TestCase):
    def test_rows_inserted_before_the_cursor_do_not_shift_the_next_page(self):
        rows = [{"id": i, "created": 10 * i} for i in range(10)]
        first = paginate(rows, 4)
        rows[0:0] = [{"id": 100 + k, "created": -k} for k in range(5, 0, -1)]  # older rows appear
        rows.insert(7, {"id": 200, "created": 25})  # between rows already seen
        second = paginate(rows, 4, first["next_cursor"])
        self.assertEqual(ids(second), [4, 5, 6, 7])

    def test_rows_deleted_including_the_cursor_row(self):
        rows = [{"id": i, "created": 10 * i} for i in range(10)]
        first = paginate(rows, 4)
        del rows[1:4]  # ids 1, 2, 3; 3 was the last row of the first page
        self.assertEqual(ids(paginate(rows, 4, first["next_cursor"])), [4, 5, 6, 7])

    def test_new_rows_after_the_cursor_appear_on_the_next_page(self):
        rows = [{"id": i, "created": i} for i in range(4)]
        first = paginate(rows, 4)
        self.assertIsNone(first["next_cursor"])
        rows.append({"id": 4, "created": 4})
        cursor = encode('{"created": 3, "id": 3}')
        self.assertEqual(ids(paginate(rows, 4, cursor)), [4])

    def test_hand_made_cursors(self):
        rows = [{"id": i, "created": 7} for i in range(0, 20, 2)] + [{"id": 1, "created": 8}]
        self.assertEqual(ids(paginate(rows, 3, encode('{"created":7,"id":5}'))), [6, 8, 10])
        self.assertEqual(ids(paginate(rows, 50, encode('{"id":18,"created":7}'))), [1])
        self.assertEqual(ids(paginate(rows, 3, encode('{"created":6,"id":999}'))), [0, 2, 4])
        self.assertEqual(ids(paginate(rows, 3, encode('{"created":-5,"id":-5}'))), [0, 2, 4])
        self.assertEqual(paginate(rows, 3, encode('{"created":8,"id":1}')), {"items": [], "next_cursor": None})

    def test_tampered_cursors(self):
        bad = [
            "",
            "eyJjcmVhdGVkIjoxMDAxLCJpZCI6M30=",  # a valid cursor with padding added
            "eyJjcmVhdGVkIjoxMDAxLCJpZCI6M30+",
            "eyJjcmVhdGVkIjoxMDAx/CJpZCI6M30",
            "eyJjcmVhdGVkIjoxMDAxLCJpZCI6M30 ",
            "abcde",  # not valid base64
            encode("not json"),
            encode(b"\xff\xfe\xfd"),
            encode("[1001, 3]"),
            encode('"1001,3"'),
            encode("null"),
            encode('{"created": 1001}'),
            encode('{"created": 1001, "id": 3, "extra": 1}'),
            encode('{"created": true, "id": 3}'),
            encode('{"created": 1001, "id": 3.0}'),
            encode('{"created": "1001", "id": 3}'),
            encode('{"created": 1001, "id": null}'),
        ]
        rows = [{"id": i, "created": 1000 + i // 3} for i in range(10)]
        for cursor in bad:
            with self.subTest(cursor=cursor):
                with self.assertRaises(ValueError):
                    paginate(rows, 4, cursor)

    def test_items_are_the_rows_themselves_and_rows_are_not_changed(self):
        rows = [{"id": i, "created": i, "tags": ["a"]} for i in range(5)]
        saved = copy.deepcopy(rows)
        page = paginate(rows, 2)
        self.assertIs(page["items"][0], rows[0])
        paginate(rows, 2, page["next_cursor"])
        self.assertEqual(rows, saved)

    def test_limit_one_and_the_largest_limit(self):
        rows = [{"id": i, "created": 0} for i in range(1500)]
        self.assertEqual(ids(paginate(rows, 1)), [0])
        page = paginate(rows, 1000)
        self.assertEqual(len(page["items"]), 1000)
        self.assertEqual(ids(paginate(rows, 1000, page["next_cursor"])), list(range(1000, 1500)))

    def test_walking_200_000_rows_page_by_page(self):
        rows = [{"id": i, "created": i // 5} for i in range(200_000)]
        seen = []
        pages = 0
        cursor = None
        while True:
            page = paginate(rows, 100, cursor)
            seen.extend(row["id"] for row in page["items"])
            pages += 1
            cursor = page["next_cursor"]
            if cursor is None:
                break
        self.assertEqual(pages, 2000)
        self.assertTrue(seen == list(range(200_000)), "every row exactly once, in order")


if __name__ == "__main__":
    unittest.main()
