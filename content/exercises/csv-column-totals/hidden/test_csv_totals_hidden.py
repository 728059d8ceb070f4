import unittest

from csv_totals import column_totals


class ColumnTotalsHiddenTest(unittest.TestCase):
    def test_byte_order_mark_before_the_header(self):
        text = "\ufeffqty,price\r\n2,3.5\r\n4,1.25\r\n"
        self.assertEqual(
            column_totals(text, ["qty", "price"]),
            {"qty": {"total": 6.0, "count": 2, "missing": 0},
             "price": {"total": 4.75, "count": 2, "missing": 0}},
        )

    def test_header_names_are_stripped(self):
        text = "  qty  ,\tprice \n1,2\n"
        self.assertEqual(column_totals(text, ["price"])["price"]["total"], 2.0)

    def test_missing_markers_in_any_case_and_with_spaces(self):
        text = "v\n  \nna\nN/a\nNULL\nnull\n  NA  \n 12 \n-3\n+1e2\n"
        self.assertEqual(column_totals(text, ["v"]), {"v": {"total": 109.0, "count": 3, "missing": 6}})

    def test_other_words_are_not_missing(self):
        for value in ["none", "-", "n.a.", "nan value"]:
            with self.subTest(value=value):
                with self.assertRaises(ValueError):
                    column_totals("v\n1\n%s\n" % value, ["v"])

    def test_a_row_longer_than_the_header(self):
        with self.assertRaises(ValueError):
            column_totals("a,b\n1,2\n3,4,5\n", ["a"])

    def test_quoted_line_breaks_and_quotes_in_other_columns(self):
        text = 'note,amount\n"line one\nline two, still the note",5\n"He said ""9""",6\n"x\n\ny",7\n'
        self.assertEqual(column_totals(text, ["amount"]), {"amount": {"total": 18.0, "count": 3, "missing": 0}})

    def test_columns_not_requested_are_not_parsed(self):
        text = "label,n\nalpha,1\nbeta,\ngamma,2\n"
        self.assertEqual(column_totals(text, ["n"]), {"n": {"total": 3.0, "count": 2, "missing": 1}})

    def test_header_only(self):
        self.assertEqual(column_totals("a,b\n", ["b"]), {"b": {"total": 0.0, "count": 0, "missing": 0}})

    def test_no_columns_requested(self):
        self.assertEqual(column_totals("a,b\n1,2\n", []), {})

    def test_thousands_separators_and_negatives(self):
        text = 'n\n"1,000,000"\n"-2,500.25"\n" 1,5 "\n'
        self.assertEqual(column_totals(text, ["n"])["n"]["total"], 1_000_000 - 2500.25 + 15)

    def test_60_000_rows(self):
        lines = ["id,name,qty,price,comment,flag,extra"]
        qty_total = price_total = 0.0
        qty_count = price_missing = 0
        for i in range(60_000):
            qty = "" if i % 7 == 0 else str(i % 50)
            price = "NA" if i % 11 == 0 else "%d.%s" % (i % 1000, "5" if i % 2 else "25")
            if qty:
                qty_total += i % 50
                qty_count += 1
            if price == "NA":
                price_missing += 1
            else:
                price_total += float(price)
            comment = '"item %d, batch ""%d"""' % (i, i // 100)
            lines.append(",".join([str(i), "name%d" % i, qty, price, comment, "y", "z"]))
        result = column_totals("\n".join(lines), ["qty", "price"])
        self.assertEqual(result["qty"], {"total": qty_total, "count": qty_count, "missing": 60_000 - qty_count})
        self.assertEqual(result["price"]["missing"], price_missing)
        self.assertAlmostEqual(result["price"]["total"], price_total, places=3)


if __name__ == "__main__":
    unittest.main()
