import unittest

from csv_records import read_records


class ReadRecordsTest(unittest.TestCase):
    def test_plain_rows(self):
        text = "name,age\nAda,36\nGrace,85\n"
        self.assertEqual(
            read_records(text), [{"name": "Ada", "age": "36"}, {"name": "Grace", "age": "85"}]
        )

    def test_comma_inside_quotes(self):
        text = 'name,city\n"Hopper, Grace",New York\n'
        self.assertEqual(read_records(text), [{"name": "Hopper, Grace", "city": "New York"}])

    def test_quotes_are_removed_and_doubled_quotes_unescaped(self):
        text = 'id,note\n1,"plain"\n2,"says ""hi"""\n'
        self.assertEqual(
            read_records(text), [{"id": "1", "note": "plain"}, {"id": "2", "note": 'says "hi"'}]
        )

    def test_empty_fields(self):
        text = 'a,b,c\n,,\n"",x,""\n'
        self.assertEqual(
            read_records(text), [{"a": "", "b": "", "c": ""}, {"a": "", "b": "x", "c": ""}]
        )

    def test_windows_line_endings(self):
        text = "name,age\r\nAda,36\r\nGrace,85\r\n"
        self.assertEqual(
            read_records(text), [{"name": "Ada", "age": "36"}, {"name": "Grace", "age": "85"}]
        )

    def test_no_final_line_break(self):
        self.assertEqual(read_records("x,y\n1,2"), [{"x": "1", "y": "2"}])

    def test_header_only(self):
        self.assertEqual(read_records("name,age\n"), [])

    def test_empty_text(self):
        self.assertEqual(read_records(""), [])


if __name__ == "__main__":
    unittest.main()
