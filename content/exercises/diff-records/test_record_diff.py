import json
import unittest

from record_diff import diff_records


def parse(text):
    return json.loads(text)


class DiffRecordsTest(unittest.TestCase):
    def test_the_example(self):
        before = {"id": 7, "name": "Ada", "email": None, "updated_at": "2024-05-01"}
        after = {"id": 7, "name": "Ada Lovelace", "phone": "555-0100", "updated_at": "2024-05-02"}
        self.assertEqual(
            diff_records(before, after),
            {"added": ["phone"], "removed": ["email"], "changed": ["name"]},
        )

    def test_identical_records(self):
        record = {"id": 1, "tags": ["a", "b"]}
        self.assertEqual(diff_records(record, dict(record)), {"added": [], "removed": [], "changed": []})

    def test_equal_values_parsed_separately_are_unchanged(self):
        before = parse('{"balance": 1000000, "name": "Grace Hopper", "tags": ["navy", "cobol"]}')
        after = parse('{"balance": 1000000, "name": "Grace Hopper", "tags": ["navy", "cobol"]}')
        self.assertEqual(diff_records(before, after), {"added": [], "removed": [], "changed": []})

    def test_none_values_are_present(self):
        before = {"id": 1, "manager": None}
        after = {"id": 1, "manager": None, "deleted_at": None}
        self.assertEqual(
            diff_records(before, after), {"added": ["deleted_at"], "removed": [], "changed": []}
        )

    def test_a_value_set_to_none_is_changed_not_removed(self):
        self.assertEqual(
            diff_records({"manager": "Bo"}, {"manager": None}),
            {"added": [], "removed": [], "changed": ["manager"]},
        )

    def test_updated_at_is_ignored_when_parsed(self):
        before = parse('{"id": 1, "updated_at": "2024-05-01"}')
        after = parse('{"id": 2, "updated_at": "2024-05-02"}')
        self.assertEqual(diff_records(before, after), {"added": [], "removed": [], "changed": ["id"]})

    def test_empty_records(self):
        self.assertEqual(diff_records({}, {}), {"added": [], "removed": [], "changed": []})
        self.assertEqual(
            diff_records({}, {"b": 1, "a": 2}), {"added": ["a", "b"], "removed": [], "changed": []}
        )


if __name__ == "__main__":
    unittest.main()
