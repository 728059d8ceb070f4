import unittest

from field_checks import build_validators, unit_converters, validate


class FieldChecksHiddenTest(unittest.TestCase):
    def test_empty_schema(self):
        self.assertEqual(build_validators({}), {})
        self.assertEqual(validate({"anything": 1}, {}), [])

    def test_one_field(self):
        validators = build_validators({"n": (int, 1, 1)})
        self.assertIsNone(validators["n"](1))
        self.assertEqual(validators["n"](2), "n must be between 1 and 1, got 2")

    def test_validators_keep_their_settings_when_the_schema_changes(self):
        schema = {"a": (int, 0, 10), "b": (int, 100, 200)}
        validators = build_validators(schema)
        schema["a"] = (int, 50, 60)
        schema.clear()
        self.assertIsNone(validators["a"](5))
        self.assertIsNone(validators["b"](150))

    def test_converters_keep_their_factor_when_factors_change(self):
        factors = {"h": 3600, "min": 60, "s": 1}
        to_seconds = unit_converters(factors)
        factors["h"] = 0
        self.assertEqual([to_seconds[u](2) for u in ["h", "min", "s"]], [7200, 120, 2])

    def test_converters_take_one_value(self):
        double = unit_converters({"pair": 2})["pair"]
        self.assertEqual(double(-4), -8)
        self.assertEqual(double(0.5), 1.0)

    def test_validators_are_distinct_functions(self):
        validators = build_validators({"x": (int, 0, 1), "y": (int, 0, 1)})
        self.assertEqual(validators["x"](5), "x must be between 0 and 1, got 5")
        self.assertEqual(validators["y"](5), "y must be between 0 and 1, got 5")

    def test_negative_and_float_ranges(self):
        validators = build_validators({"temp": (float, -40.5, -0.5), "delta": (int, -10, -1)})
        self.assertIsNone(validators["temp"](-20.0))
        self.assertEqual(validators["temp"](0.0), "temp must be between -40.5 and -0.5, got 0.0")
        self.assertEqual(validate({"temp": -1.0, "delta": 0}, validators), ["delta must be between -10 and -1, got 0"])

    def test_10_000_fields(self):
        schema = {"f%d" % i: (int, i, i + 10) for i in range(10_000)}
        validators = build_validators(schema)
        good = {"f%d" % i: i + 5 for i in range(10_000)}
        self.assertEqual(validate(good, validators), [])
        bad = dict(good, f123=0, f9999=-1)
        del bad["f5000"]
        self.assertEqual(
            validate(bad, validators),
            [
                "f123 must be between 123 and 133, got 0",
                "f5000 is missing",
                "f9999 must be between 9999 and 10009, got -1",
            ],
        )

    def test_1_000_units(self):
        to_base = unit_converters({"u%d" % i: i for i in range(1000)})
        self.assertEqual(sum(to_base["u%d" % i](1) for i in range(1000)), 499_500)


if __name__ == "__main__":
    unittest.main()
