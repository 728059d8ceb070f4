import unittest

from flatten_keys import flatten_dict


class FlattenDictTest(unittest.TestCase):
    def test_two_levels(self):
        self.assertEqual(
            flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}}), {"a": 1, "b.c": 2, "b.d.e": 3}
        )

    def test_custom_separator(self):
        self.assertEqual(
            flatten_dict({"db": {"host": "localhost", "port": 5432}}, sep="_"),
            {"db_host": "localhost", "db_port": 5432},
        )

    def test_lists_none_and_empty_dicts_are_leaves(self):
        self.assertEqual(
            flatten_dict({"tags": ["x", "y"], "meta": {}, "owner": None}),
            {"tags": ["x", "y"], "meta": {}, "owner": None},
        )

    def test_empty_dict(self):
        self.assertEqual(flatten_dict({}), {})

    def test_already_flat(self):
        self.assertEqual(flatten_dict({"x": 1, "y": "two"}), {"x": 1, "y": "two"})

    def test_keys_in_depth_first_order(self):
        result = flatten_dict({"z": {"b": 1, "a": 2}, "m": 3, "c": {"d": {"e": 4}}})
        self.assertEqual(list(result), ["z.b", "z.a", "m", "c.d.e"])

    def test_input_is_not_changed(self):
        d = {"a": {"b": {"c": 1}}, "d": 2}
        flatten_dict(d)
        self.assertEqual(d, {"a": {"b": {"c": 1}}, "d": 2})


if __name__ == "__main__":
    unittest.main()
