import unittest

from group_by import group_by

ROWS = [
    {"region": "north", "product": "tea", "units": 3, "price": 2.5},
    {"region": "south", "product": "tea", "units": None, "price": 2.0},
    {"region": "north", "product": "coffee", "units": 5, "price": 3.0},
    {"region": "north", "product": "tea", "units": 1, "price": 3.5},
    {"region": None, "product": "tea", "units": 9, "price": 1.0},
    {"region": "south", "product": "coffee", "units": 2},
]


class GroupByTest(unittest.TestCase):
    def test_one_key_several_aggregations(self):
        result = group_by(ROWS, "region", {"units": ("units", "sum"), "avg_price": ("price", "mean"),
                                           "orders": ("units", "count"), "top": ("price", "max")})
        self.assertEqual(result, [
            {"region": "north", "units": 9, "avg_price": 3.0, "orders": 3, "top": 3.5},
            {"region": "south", "units": 2, "avg_price": 2.0, "orders": 1, "top": 2.0},
        ])

    def test_two_keys(self):
        self.assertEqual(group_by(ROWS, ["region", "product"], {"units": ("units", "sum")}), [
            {"region": "north", "product": "coffee", "units": 5},
            {"region": "north", "product": "tea", "units": 4},
            {"region": "south", "product": "coffee", "units": 2},
            {"region": "south", "product": "tea", "units": 0},
        ])

    def test_no_rows(self):
        self.assertEqual(group_by([], "region", {"n": ("units", "count")}), [])

    def test_groups_are_sorted_by_key(self):
        rows = [{"k": k, "v": 1} for k in ["pear", "apple", "fig", "apple"]]
        self.assertEqual([g["k"] for g in group_by(rows, ["k"], {"n": ("v", "count")})], ["apple", "fig", "pear"])

    def test_min_and_max(self):
        rows = [{"k": 1, "v": v} for v in [4, -2, 9, 0]]
        self.assertEqual(group_by(rows, "k", {"lo": ("v", "min"), "hi": ("v", "max")}), [{"k": 1, "lo": -2, "hi": 9}])

    def test_unknown_function(self):
        with self.assertRaises(ValueError):
            group_by(ROWS, "region", {"x": ("units", "median")})


if __name__ == "__main__":
    unittest.main()
