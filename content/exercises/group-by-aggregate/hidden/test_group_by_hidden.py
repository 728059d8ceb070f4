import copy
import unittest

from group_by import group_by


class GroupByHiddenTest(unittest.TestCase):
    def test_a_group_whose_values_are_all_missing(self):
        rows = [{"k": "a", "v": None}, {"k": "a"}, {"k": "b", "v": 2}]
        aggregations = {"s": ("v", "sum"), "m": ("v", "mean"), "c": ("v", "count"),
                        "lo": ("v", "min"), "hi": ("v", "max")}
        self.assertEqual(group_by(rows, "k", aggregations), [
            {"k": "a", "s": 0, "m": None, "c": 0, "lo": None, "hi": None},
            {"k": "b", "s": 2, "m": 2.0, "c": 1, "lo": 2, "hi": 2},
        ])

    def test_zero_is_a_value_not_a_missing_one(self):
        rows = [{"k": "a", "v": 0}, {"k": "a", "v": 0}, {"k": "a", "v": 6}]
        self.assertEqual(group_by(rows, "k", {"c": ("v", "count"), "m": ("v", "mean"), "lo": ("v", "min")}),
                         [{"k": "a", "c": 3, "m": 2.0, "lo": 0}])
        self.assertEqual(group_by([{"k": 0, "v": 1}, {"k": False, "v": 1}], "k", {"c": ("v", "count")}),
                         [{"k": 0, "c": 2}])

    def test_rows_missing_a_key_column_are_dropped(self):
        rows = [{"a": 1, "b": 2, "v": 1}, {"a": 1, "v": 5}, {"b": 2, "v": 7}, {"a": 1, "b": None, "v": 9}]
        self.assertEqual(group_by(rows, ["a", "b"], {"s": ("v", "sum")}), [{"a": 1, "b": 2, "s": 1}])

    def test_numeric_keys_sort_numerically_and_tuples_element_by_element(self):
        rows = [{"x": x, "y": y, "v": 1} for x, y in [(10, "b"), (-3, "z"), (2, "a"), (10, "a"), (2, "a")]]
        self.assertEqual(
            [(g["x"], g["y"], g["n"]) for g in group_by(rows, ["x", "y"], {"n": ("v", "sum")})],
            [(-3, "z", 1), (2, "a", 2), (10, "a", 1), (10, "b", 1)],
        )

    def test_one_column_aggregated_several_ways_and_key_order_of_the_output(self):
        rows = [{"g": "x", "v": 1.5}, {"g": "x", "v": 2.5}, {"g": "x", "w": 100}]
        result = group_by(rows, "g", {"max_v": ("v", "max"), "sum_w": ("w", "sum"), "mean_v": ("v", "mean")})
        self.assertEqual(list(result[0]), ["g", "max_v", "sum_w", "mean_v"])
        self.assertEqual(result, [{"g": "x", "max_v": 2.5, "sum_w": 100, "mean_v": 2.0}])

    def test_sum_of_ints_is_an_int_and_mean_is_a_float(self):
        result = group_by([{"k": 1, "v": 2}, {"k": 1, "v": 4}], "k", {"s": ("v", "sum"), "m": ("v", "mean")})
        self.assertIs(type(result[0]["s"]), int)
        self.assertIs(type(result[0]["m"]), float)

    def test_rows_from_a_generator_are_read_once(self):
        rows = ({"k": i % 3, "v": i} for i in range(9))
        self.assertEqual(group_by(rows, "k", {"s": ("v", "sum")}),
                         [{"k": 0, "s": 9}, {"k": 1, "s": 12}, {"k": 2, "s": 15}])

    def test_rows_are_not_changed(self):
        rows = [{"k": "a", "v": 1}, {"k": "b", "v": None}]
        saved = copy.deepcopy(rows)
        group_by(rows, "k", {"v": ("v", "sum")})
        self.assertEqual(rows, saved)

    def test_bad_arguments(self):
        for keys, aggregations in [([], {"n": ("v", "count")}), ("k", {"k": ("v", "sum")}),
                                   ("k", {"n": ("v", "avg")}), (["k"], {"n": ("v", "SUM")})]:
            with self.subTest(keys=keys, aggregations=aggregations):
                with self.assertRaises(ValueError):
                    group_by([{"k": 1, "v": 1}], keys, aggregations)

    def test_80_000_rows_in_20_000_groups(self):
        rows = []
        expected = {}
        for i in range(80_000):
            shop = (i * 7919) % 200
            day = (i // 200 * 37) % 100
            units = None if i % 9 == 0 else (i * 31) % 55 - 5
            price = ((i * 17) % 400 + 1) / 4
            rows.append({"shop": shop, "day": day, "units": units, "price": price})
            stats = expected.get((shop, day))
            if stats is None:
                stats = expected[shop, day] = [0, 0, 0.0, 0, price, price]
            if units is not None:
                stats[0] += units
                stats[1] += 1
            stats[2] += price
            stats[3] += 1
            stats[4] = min(stats[4], price)
            stats[5] = max(stats[5], price)
        result = group_by(rows, ["shop", "day"], {
            "units": ("units", "sum"), "orders": ("units", "count"), "avg": ("price", "mean"),
            "cheapest": ("price", "min"), "dearest": ("price", "max"),
        })
        self.assertEqual(len(result), len(expected))
        self.assertTrue([(g["shop"], g["day"]) for g in result] == sorted(expected), "groups sorted by key")
        wrong = []
        for g in result:
            units, orders, total, count, cheapest, dearest = expected[g["shop"], g["day"]]
            if ((g["units"], g["orders"], g["cheapest"], g["dearest"]) != (units, orders, cheapest, dearest)
                    or abs(g["avg"] - total / count) > 1e-9):
                wrong.append(g)
        self.assertEqual(wrong[:3], [])


if __name__ == "__main__":
    unittest.main()
