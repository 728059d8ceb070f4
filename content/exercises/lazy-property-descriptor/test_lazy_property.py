import unittest

from lazy_property import lazy_property


class Report:
    computed = 0

    def __init__(self, rows):
        self.rows = rows

    @lazy_property
    def total(self):
        """The sum of all the rows."""
        Report.computed += 1
        return sum(self.rows)


class LazyPropertyTest(unittest.TestCase):
    def setUp(self):
        Report.computed = 0

    def test_computes_on_the_first_read_only(self):
        report = Report([1, 2, 3])
        self.assertEqual(Report.computed, 0)
        self.assertEqual(report.total, 6)
        self.assertEqual(report.total, 6)
        self.assertEqual(Report.computed, 1)

    def test_caches_in_the_instance_dict_under_the_same_name(self):
        report = Report([4, 5])
        report.total
        self.assertEqual(vars(report), {"rows": [4, 5], "total": 9})

    def test_the_instance_dict_shadows_the_descriptor(self):
        report = Report([1])
        report.total
        report.__dict__["total"] = "changed behind its back"
        self.assertEqual(report.total, "changed behind its back")

    def test_each_instance_has_its_own_value(self):
        a, b = Report([1]), Report([10, 20])
        self.assertEqual(a.total, 1)
        self.assertEqual(b.total, 30)
        self.assertEqual(a.total, 1)
        self.assertEqual(Report.computed, 2)

    def test_assignment_overrides_and_del_recomputes(self):
        report = Report([2, 2])
        report.total = 100
        self.assertEqual(report.total, 100)
        self.assertEqual(Report.computed, 0)
        del report.total
        self.assertEqual(report.total, 4)
        report.rows.append(1)
        self.assertEqual(report.total, 4)  # still cached
        del report.total
        self.assertEqual(report.total, 5)
        self.assertEqual(Report.computed, 2)

    def test_on_the_class_it_is_the_descriptor(self):
        descriptor = Report.total
        self.assertIsInstance(descriptor, lazy_property)
        self.assertEqual(descriptor.__doc__, "The sum of all the rows.")
        self.assertEqual(descriptor.name, "total")

    def test_it_is_a_non_data_descriptor(self):
        self.assertTrue(hasattr(lazy_property, "__get__"))
        self.assertFalse(hasattr(lazy_property, "__set__"))
        self.assertFalse(hasattr(lazy_property, "__delete__"))

    def test_exceptions_are_not_cached(self):
        class Flaky:
            attempts = 0

            @lazy_property
            def value(self):
                Flaky.attempts += 1
                if Flaky.attempts == 1:
                    raise ConnectionError("try again")
                return "ok"

        flaky = Flaky()
        with self.assertRaises(ConnectionError):
            flaky.value
        self.assertNotIn("value", vars(flaky))
        self.assertEqual(flaky.value, "ok")
        self.assertEqual(flaky.value, "ok")
        self.assertEqual(Flaky.attempts, 2)


if __name__ == "__main__":
    unittest.main()
