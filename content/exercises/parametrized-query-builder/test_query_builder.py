import unittest

from query_builder import build_select

SCHEMA = {"users": {"id", "name", "email", "age", "country", "deleted_at"}, "orders": ["id", "user_id", "total"]}


class BuildSelectTest(unittest.TestCase):
    def test_the_example(self):
        sql, params = build_select(
            SCHEMA, "users", columns=["id", "name"],
            where={"age__ge": 18, "country__in": ["FR", "DE"], "deleted_at": None, "name__like": "A%"},
            order_by=["-age", "id"], limit=20,
        )
        self.assertEqual(sql, "SELECT id, name FROM users WHERE age >= ? AND country IN (?, ?) "
                              "AND deleted_at IS NULL AND name LIKE ? ORDER BY age DESC, id LIMIT ?")
        self.assertEqual(params, [18, "FR", "DE", "A%", 20])

    def test_everything_from_a_table(self):
        self.assertEqual(build_select(SCHEMA, "orders"), ("SELECT * FROM orders", []))

    def test_a_malicious_value_stays_a_parameter(self):
        value = "x' OR '1'='1"
        sql, params = build_select(SCHEMA, "users", where={"name": value})
        self.assertEqual(sql, "SELECT * FROM users WHERE name = ?")
        self.assertEqual(params, [value])

    def test_unknown_names_are_rejected(self):
        attempts = [
            {"table": "users; DROP TABLE users"},
            {"table": "users", "columns": ["id", "password"]},
            {"table": "users", "where": {"name = '' OR 1=1 --": 1}},
            {"table": "users", "order_by": ["age; DROP TABLE users"]},
        ]
        for attempt in attempts:
            with self.subTest(**attempt):
                table = attempt.pop("table")
                with self.assertRaises(ValueError):
                    build_select(SCHEMA, table, **attempt)

    def test_comparison_operators(self):
        sql, params = build_select(SCHEMA, "orders", where={"total__gt": 10, "total__le": 99.5, "id__ne": 3, "user_id__lt": 7})
        self.assertEqual(sql, "SELECT * FROM orders WHERE total > ? AND total <= ? AND id <> ? AND user_id < ?")
        self.assertEqual(params, [10, 99.5, 3, 7])

    def test_none_means_is_null(self):
        sql, params = build_select(SCHEMA, "users", where={"deleted_at": None, "email__ne": None})
        self.assertEqual(sql, "SELECT * FROM users WHERE deleted_at IS NULL AND email IS NOT NULL")
        self.assertEqual(params, [])

    def test_limit_is_a_parameter(self):
        self.assertEqual(build_select(SCHEMA, "orders", columns=["id"], limit=5), ("SELECT id FROM orders LIMIT ?", [5]))


if __name__ == "__main__":
    unittest.main()
