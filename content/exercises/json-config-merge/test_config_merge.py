import copy
import unittest

from config_merge import merge_configs


def example():
    defaults = {"debug": False, "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 5}},
                "features": ["search", "export"], "cache": {"ttl": 60}}
    production = {"db": {"host": "db.internal", "pool": {"max": 50}}, "features": ["search"]}
    local = {"debug": True, "cache": None, "db": {"port": None, "options": {"ssl": True, "cert": None}}}
    return defaults, production, local


class MergeConfigsTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(
            merge_configs(*example()),
            {"debug": True,
             "db": {"host": "db.internal", "pool": {"min": 1, "max": 50}, "options": {"ssl": True}},
             "features": ["search"]},
        )

    def test_no_overrides_gives_an_equal_copy(self):
        base = {"a": 1, "b": {"c": [1, 2]}}
        result = merge_configs(base)
        self.assertEqual(result, base)
        self.assertIsNot(result, base)

    def test_nested_dicts_merge(self):
        self.assertEqual(
            merge_configs({"a": {"b": {"c": 1, "d": 2}}}, {"a": {"b": {"d": 3, "e": 4}}}),
            {"a": {"b": {"c": 1, "d": 3, "e": 4}}},
        )

    def test_lists_are_replaced_not_concatenated(self):
        self.assertEqual(merge_configs({"hosts": ["a", "b"]}, {"hosts": ["c"]}), {"hosts": ["c"]})

    def test_none_removes_a_key(self):
        self.assertEqual(merge_configs({"a": 1, "b": 2}, {"a": None, "zzz": None}), {"b": 2})

    def test_later_overrides_win(self):
        self.assertEqual(merge_configs({"level": 1}, {"level": 2}, {"level": 3}), {"level": 3})

    def test_the_inputs_do_not_change(self):
        configs = example()
        before = copy.deepcopy(configs)
        merge_configs(*configs)
        self.assertEqual(configs, before)


if __name__ == "__main__":
    unittest.main()
