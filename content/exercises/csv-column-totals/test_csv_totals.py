import unittest

from csv_totals import column_totals

EXAMPLE = '''id, region ,amount,discount,note
1,north,"1,200.50",10,first order
2,south,300,,"said ""hi"", then left"
3,north,NA,5
4,east,99.5,n/a,"two
lines"
'''


class ColumnTotalsTest(unittest.TestCase):
    def test_the_example(self):
        self.assertEqual(
            column_totals(EXAMPLE, ["amount", "discount"]),
            {"amount": {"total": 1600.0, "count": 3, "missing": 1},
             "discount": {"total": 15.0, "count": 2, "missing": 2}},
        )

    def test_the_id_column(self):
        self.assertEqual(column_totals(EXAMPLE, ["id"]), {"id": {"total": 10.0, "count": 4, "missing": 0}})

    def test_unknown_column(self):
        with self.assertRaises(KeyError):
            column_totals(EXAMPLE, ["amount", "price"])

    def test_text_in_a_requested_column(self):
        with self.assertRaises(ValueError):
            column_totals(EXAMPLE, ["region"])

    def test_quoted_fields_with_commas_do_not_shift_columns(self):
        text = 'name,city,score\n"Smith, Jane","Paris, FR",7\n"Doe, J.",Oslo,"1,000"\n'
        self.assertEqual(column_totals(text, ["score"]), {"score": {"total": 1007.0, "count": 2, "missing": 0}})

    def test_short_rows_and_blank_lines(self):
        text = "a,b,c\n1,2,3\n\n4\n\n5,6\n"
        self.assertEqual(
            column_totals(text, ["a", "b", "c"]),
            {"a": {"total": 10.0, "count": 3, "missing": 0},
             "b": {"total": 8.0, "count": 2, "missing": 1},
             "c": {"total": 3.0, "count": 1, "missing": 2}},
        )

    def test_totals_are_floats(self):
        result = column_totals("n\n1\n2\n", ["n"])
        self.assertIs(type(result["n"]["total"]), float)
        self.assertEqual(result["n"]["total"], 3.0)


if __name__ == "__main__":
    unittest.main()
