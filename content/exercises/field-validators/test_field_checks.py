import unittest

from field_checks import build_validators, unit_converters, validate

SCHEMA = {
    "age": (int, 0, 120),
    "rating": (float, 0.0, 5.0),
    "floor": (int, -3, 40),
}


class FieldChecksTest(unittest.TestCase):
    def test_each_field_uses_its_own_limits(self):
        validators = build_validators(SCHEMA)
        self.assertIsNone(validators["age"](100))
        self.assertIsNone(validators["rating"](4.5))
        self.assertIsNone(validators["floor"](-2))

    def test_out_of_range_messages_name_the_right_field(self):
        validators = build_validators(SCHEMA)
        self.assertEqual(validators["age"](130), "age must be between 0 and 120, got 130")
        self.assertEqual(validators["floor"](41), "floor must be between -3 and 40, got 41")

    def test_each_field_checks_its_own_type(self):
        validators = build_validators(SCHEMA)
        self.assertEqual(validators["age"]("42"), "age must be int, got str")
        self.assertEqual(validators["rating"](4), "rating must be float, got int")
        self.assertEqual(validators["floor"](True), "floor must be int, got bool")

    def test_bounds_are_inclusive(self):
        validators = build_validators(SCHEMA)
        for value in [0, 120]:
            self.assertIsNone(validators["age"](value))

    def test_validate_a_record(self):
        validators = build_validators(SCHEMA)
        self.assertEqual(validate({"age": 30, "rating": 3.5, "floor": 2}, validators), [])
        self.assertEqual(
            validate({"age": 200, "floor": 2}, validators),
            ["age must be between 0 and 120, got 200", "rating is missing"],
        )

    def test_unit_converters_use_their_own_factor(self):
        to_metres = unit_converters({"km": 1000, "m": 1, "cm": 0.01})
        self.assertEqual(to_metres["km"](3), 3000)
        self.assertEqual(to_metres["m"](3), 3)
        self.assertAlmostEqual(to_metres["cm"](250), 2.5)


if __name__ == "__main__":
    unittest.main()
