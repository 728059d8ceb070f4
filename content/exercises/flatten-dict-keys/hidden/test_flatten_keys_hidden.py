import unittest

from flatten_keys import flatten_dict


class FlattenDictHiddenTest(unittest.TestCase):
    def test_separator_used_at_every_level(self):
        self.assertEqual(flatten_dict({"a": {"b": {"c": {"d": 1}}}}, sep="/"), {"a/b/c/d": 1})
        self.assertEqual(flatten_dict({"a": {"b": {"c": 1}}}, sep=""), {"abc": 1})
        self.assertEqual(flatten_dict({"a": {"b": 1}}, sep=" -> "), {"a -> b": 1})

    def test_empty_dict_deep_inside(self):
        self.assertEqual(flatten_dict({"a": {"b": {}, "c": 1}}), {"a.b": {}, "a.c": 1})

    def test_leaf_values_are_the_same_objects(self):
        items = [{"x": 1}]
        result = flatten_dict({"a": {"items": items}})
        self.assertEqual(result, {"a.items": [{"x": 1}]})  # a list of dicts is not flattened
        self.assertIs(result["a.items"], items)

    def test_falsy_leaves_are_kept(self):
        self.assertEqual(
            flatten_dict({"a": 0, "b": {"c": False, "d": "", "e": None, "f": []}}),
            {"a": 0, "b.c": False, "b.d": "", "b.e": None, "b.f": []},
        )

    def test_empty_keys(self):
        self.assertEqual(flatten_dict({"": {"a": 1}, "b": {"": 2}}), {".a": 1, "b.": 2})

    def test_nested_dicts_are_not_changed(self):
        inner = {"c": {"d": 1}}
        d = {"a": inner}
        result = flatten_dict(d)
        self.assertEqual(inner, {"c": {"d": 1}})
        self.assertEqual(d, {"a": {"c": {"d": 1}}})
        self.assertIsNot(result, d)

    def test_fifty_levels_deep(self):
        d = {"leaf": 1}
        for level in range(49, 0, -1):
            d = {"k%d" % level: d}
        expected_key = ".".join("k%d" % level for level in range(1, 50)) + ".leaf"
        self.assertEqual(flatten_dict(d), {expected_key: 1})

    def test_200_000_leaves(self):
        n = 50_000
        d = {"user%d" % i: {"name": i, "address": {"city": i, "zip": i}, "tags": []}
             for i in range(n)}
        result = flatten_dict(d)
        self.assertEqual(len(result), 4 * n)
        self.assertEqual(result["user0.name"], 0)
        self.assertEqual(result["user49999.address.zip"], 49_999)
        self.assertEqual(list(result)[:5],
                         ["user0.name", "user0.address.city", "user0.address.zip", "user0.tags",
                          "user1.name"])
        self.assertTrue(all(result["user%d.address.city" % i] == i for i in range(n)))


if __name__ == "__main__":
    unittest.main()
