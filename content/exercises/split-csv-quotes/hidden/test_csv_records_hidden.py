import unittest

from csv_records import read_records


class ReadRecordsHiddenTest(unittest.TestCase):
    def test_line_break_inside_quotes(self):
        text = 'name,address\nAda,"12 Main St\nLondon"\nBob,Paris\n'
        self.assertEqual(
            read_records(text),
            [{"name": "Ada", "address": "12 Main St\nLondon"}, {"name": "Bob", "address": "Paris"}],
        )

    def test_windows_line_break_inside_quotes(self):
        text = 'k,v\r\n1,"a\r\nb"\r\n'
        self.assertEqual(read_records(text), [{"k": "1", "v": "a\r\nb"}])

    def test_blank_lines_are_ignored(self):
        text = "a,b\n\n1,2\n\n\n3,4\n\n"
        self.assertEqual(read_records(text), [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}])

    def test_spaces_are_kept(self):
        text = "a,b\n  left, right \n"
        self.assertEqual(read_records(text), [{"a": "  left", "b": " right "}])

    def test_quoted_header_and_unicode(self):
        text = '"full name","city, country"\nŻaneta Łoś,"Kraków, PL"\n李雷,北京\n'
        self.assertEqual(
            read_records(text),
            [
                {"full name": "Żaneta Łoś", "city, country": "Kraków, PL"},
                {"full name": "李雷", "city, country": "北京"},
            ],
        )

    def test_a_field_that_is_only_a_quote(self):
        text = 'q\n""""\n'
        self.assertEqual(read_records(text), [{"q": '"'}])

    def test_returns_plain_dicts_of_strings(self):
        result = read_records("n\n1\n")
        self.assertIsInstance(result, list)
        self.assertEqual(type(result[0]), dict)
        self.assertEqual(result, [{"n": "1"}])

    def test_20_000_rows(self):
        rows = [
            '%d,"Name %d, Jr.","said ""%d""",%s' % (i, i, i, "x" * (i % 7)) for i in range(20_000)
        ]
        text = "id,name,quote,pad\r\n" + "\r\n".join(rows) + "\r\n"
        records = read_records(text)
        self.assertEqual(len(records), 20_000)
        self.assertEqual(
            records[12_345],
            {"id": "12345", "name": "Name 12345, Jr.", "quote": 'said "12345"', "pad": "xxxx"},
        )
        self.assertTrue(all(r["id"] == str(i) for i, r in enumerate(records)))


if __name__ == "__main__":
    unittest.main()
