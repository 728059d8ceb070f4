import copy
import json
import unittest

from config_merge import merge_configs


class MergeConfigsHiddenTest(unittest.TestCase):
    def test_types_replace_each_other(self):
        self.assertEqual(merge_configs({"a": {"x": 1}}, {"a": 5}), {"a": 5})
        self.assertEqual(merge_configs({"a": 5}, {"a": {"x": 1}}), {"a": {"x": 1}})
        self.assertEqual(merge_configs({"a": [1]}, {"a": {"x": 1}}), {"a": {"x": 1}})
        self.assertEqual(merge_configs({"a": {"x": 1}}, {"a": [1]}), {"a": [1]})

    def test_nones_inside_an_inserted_dict_are_dropped_at_every_depth(self):
        override = {"new": {"a": None, "b": {"c": None, "d": 1}}, "old": {"x": {"y": None}}}
        self.assertEqual(
            merge_configs({"old": 3}, override),
            {"new": {"b": {"d": 1}}, "old": {"x": {}}},
        )

    def test_none_in_lists_and_in_base_is_kept(self):
        self.assertEqual(
            merge_configs({"keep": None, "l": [1]}, {"l": [None, {"k": None}]}),
            {"keep": None, "l": [None, {"k": None}]},
        )

    def test_empty_dict_override_changes_nothing(self):
        self.assertEqual(merge_configs({"a": {"b": 1}}, {}, {"a": {}}), {"a": {"b": 1}})

    def test_falsy_values_replace(self):
        self.assertEqual(
            merge_configs({"a": 1, "b": "x", "c": [1], "d": True}, {"a": 0, "b": "", "c": [], "d": False}),
            {"a": 0, "b": "", "c": [], "d": False},
        )

    def test_result_shares_nothing_with_the_inputs(self):
        base = {"db": {"hosts": ["a"], "opts": {"x": 1}}, "tags": ["t"]}
        override = {"db": {"replicas": [{"host": "r1"}]}, "extra": {"deep": {"list": [1]}}}
        saved_base, saved_override = copy.deepcopy(base), copy.deepcopy(override)
        result = merge_configs(base, override)
        result["db"]["hosts"].append("b")
        result["db"]["opts"]["x"] = 2
        result["db"]["replicas"][0]["host"] = "changed"
        result["extra"]["deep"]["list"].append(2)
        result["tags"].clear()
        self.assertEqual(base, saved_base)
        self.assertEqual(override, saved_override)

    def test_changing_an_input_later_does_not_change_the_result(self):
        base = {"a": {"b": [1, 2]}}
        override = {"c": {"d": [3]}}
        result = merge_configs(base, override)
        base["a"]["b"].append(99)
        override["c"]["d"].append(99)
        self.assertEqual(result, {"a": {"b": [1, 2]}, "c": {"d": [3]}})

    def test_a_key_removed_then_added_again(self):
        self.assertEqual(merge_configs({"a": {"x": 1}}, {"a": None}, {"a": {"y": 2}}), {"a": {"y": 2}})

    def test_configs_parsed_from_json(self):
        base = json.loads('{"log": {"level": "info", "handlers": ["console"]}, "port": 8000}')
        env = json.loads('{"log": {"level": "warning", "handlers": ["file"], "file": null}, "port": null}')
        self.assertEqual(merge_configs(base, env), {"log": {"level": "warning", "handlers": ["file"]}})

    def test_rejects_configs_that_are_not_dicts(self):
        for args in [([1],), ({"a": 1}, [("a", 2)]), ({"a": 1}, None), ("{}",)]:
            with self.subTest(args=args):
                with self.assertRaises(TypeError):
                    merge_configs(*args)

    def test_1000_overrides_on_a_config_of_100_000_values(self):
        base = {"service%d" % i: {"key%d" % j: j for j in range(98)} | {"hosts": ["h%d" % i], "on": True}
                for i in range(1000)}
        overrides = [
            {"service%d" % i: {"key0": -i, "key1": None, "hosts": ["x%d" % i, "y"], "added": {"n": i, "gone": None}},
             "service%d" % ((i * 7) % 1000): {"on": False}}
            for i in range(1000)
        ]
        result = merge_configs(base, *overrides)
        self.assertEqual(len(result), 1000)
        for i in (1, 123, 499, 999):
            section = result["service%d" % i]
            self.assertEqual(section["key0"], -i)
            self.assertNotIn("key1", section)
            self.assertEqual(section["key97"], 97)
            self.assertEqual(section["hosts"], ["x%d" % i, "y"])
            self.assertEqual(section["added"], {"n": i})
            self.assertIs(section["on"], False)
        self.assertEqual(base["service5"]["hosts"], ["h5"])
        self.assertEqual(base["service5"]["key1"], 1)


if __name__ == "__main__":
    unittest.main()
