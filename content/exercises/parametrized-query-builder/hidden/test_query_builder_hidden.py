import copy
import unittest

from query_builder import build_select

SCHEMA = {"users": {"id", "name", "email", "age", "country", "deleted_at"}, "orders": ("id", "user_id", "total")}


class BuildSelectHiddenTest(unittest.TestCase):
    def test_in_with_one_several_and_no_values(self):
        self.assertEqual(build_select(SCHEMA, "users", where={"id__in": [4]}),
                         ("SELECT * FROM users WHERE id IN (?)", [4]))
        self.assertEqual(build_select(SCHEMA, "users", where={"id__in": (1, 2, 3), "age__gt": 30}),
                         ("SELECT * FROM users WHERE id IN (?, ?, ?) AND age > ?", [1, 2, 3, 30]))
        self.assertEqual(build_select(SCHEMA, "users", where={"age__gt": 30, "id__in": []}),
                         ("SELECT * FROM users WHERE age > ? AND 1 = 0", [30]))

    def test_isnull(self):
        self.assertEqual(build_select(SCHEMA, "users", where={"deleted_at__isnull": True, "email__isnull": False}),
                         ("SELECT * FROM users WHERE deleted_at IS NULL AND email IS NOT NULL", []))

    def test_explicit_eq_and_like_with_injection_characters(self):
        sql, params = build_select(SCHEMA, "users", where={"name__eq": "Robert'); DROP TABLE users;--",
                                                           "email__like": "%@example.com"})
        self.assertEqual(sql, "SELECT * FROM users WHERE name = ? AND email LIKE ?")
        self.assertEqual(params, ["Robert'); DROP TABLE users;--", "%@example.com"])

    def test_values_of_every_type_are_parameters(self):
        values = [0, -1.5, "", "it's", True, b"\x00"]
        for value in values:
            with self.subTest(value=value):
                self.assertEqual(build_select(SCHEMA, "orders", where={"total": value}),
                                 ("SELECT * FROM orders WHERE total = ?", [value]))

    def test_bad_filters(self):
        bad = [
            {"age__between": [1, 2]},
            {"age__": 3},
            {"age__ge__x": 3},
            {"__eq": 3},
            {"AGE": 3},
            {"password__eq": "x"},
            {"age__gt": None},
            {"name__like": None},
            {"country__in": "FR"},
            {"country__in": {"FR"}},
            {"country__in": None},
            {"deleted_at__isnull": 1},
            {"deleted_at__isnull": None},
        ]
        for where in bad:
            with self.subTest(where=where):
                with self.assertRaises(ValueError):
                    build_select(SCHEMA, "users", where=where)

    def test_bad_columns_order_and_limit(self):
        bad = [
            {"columns": []},
            {"columns": ["id", "*"]},
            {"columns": ["id, email"]},
            {"order_by": ["-"]},
            {"order_by": ["--age"]},
            {"order_by": ["age DESC"]},
            {"order_by": ["+age"]},
            {"limit": -1},
            {"limit": "10"},
            {"limit": 2.0},
            {"limit": True},
        ]
        for kwargs in bad:
            with self.subTest(**{key: repr(value) for key, value in kwargs.items()}):
                with self.assertRaises(ValueError):
                    build_select(SCHEMA, "users", **kwargs)

    def test_unknown_tables(self):
        for table in ["Users", "user", "", "users ", "users--"]:
            with self.subTest(table=table):
                with self.assertRaises(ValueError):
                    build_select(SCHEMA, table)

    def test_column_names_are_checked_against_their_own_table(self):
        with self.assertRaises(ValueError):
            build_select(SCHEMA, "orders", columns=["email"])
        self.assertEqual(build_select(SCHEMA, "orders", columns=["total", "id"], order_by=["-total"]),
                         ("SELECT total, id FROM orders ORDER BY total DESC", []))

    def test_empty_where_and_order_by_and_limit_zero(self):
        self.assertEqual(build_select(SCHEMA, "orders", where={}, order_by=[], limit=0),
                         ("SELECT * FROM orders LIMIT ?", [0]))

    def test_params_follow_the_placeholders_left_to_right(self):
        sql, params = build_select(SCHEMA, "users", columns=["id"], where={
            "country__in": ["A", "B"], "name": "n", "age__lt": 9, "email__isnull": False, "id__in": [7, 8],
        }, order_by=["name"], limit=3)
        self.assertEqual(sql, "SELECT id FROM users WHERE country IN (?, ?) AND name = ? AND age < ? "
                              "AND email IS NOT NULL AND id IN (?, ?) ORDER BY name LIMIT ?")
        self.assertEqual(params, ["A", "B", "n", 9, 7, 8, 3])
        self.assertEqual(sql.count("?"), len(params))

    def test_arguments_are_not_changed(self):
        where = {"country__in": ["FR"], "age__ge": 1}
        order_by = ["-age"]
        saved = copy.deepcopy((where, order_by, SCHEMA))
        build_select(SCHEMA, "users", where=where, order_by=order_by, limit=1)
        self.assertEqual((where, order_by, SCHEMA), saved)


if __name__ == "__main__":
    unittest.main()
