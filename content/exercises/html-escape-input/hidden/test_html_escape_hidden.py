import random
import unittest

from html_escape import escape_html


class EscapeHtmlHiddenTest(unittest.TestCase):
    def test_almost_references_are_escaped(self):
        cases = {
            "&amp": "&amp;amp",
            "&AMP;": "&amp;AMP;",
            "&Lt;": "&amp;Lt;",
            "&nbsp;": "&amp;nbsp;",
            "&;": "&amp;;",
            "&#;": "&amp;#;",
            "&#x;": "&amp;#x;",
            "&#xG1;": "&amp;#xG1;",
            "&#12345678;": "&amp;#12345678;",
            "&#x1234567;": "&amp;#x1234567;",
            "&# 1;": "&amp;# 1;",
            "& amp;": "&amp; amp;",
            "&&amp;": "&amp;&amp;",
            "&": "&amp;",
        }
        for text, expected in cases.items():
            with self.subTest(text=text):
                self.assertEqual(escape_html(text), expected)

    def test_numeric_references_at_the_length_limits(self):
        for text in ["&#0;", "&#1234567;", "&#x1;", "&#X1f;", "&#x10FFFF;", "&#xabcdef;", "&#39;"]:
            with self.subTest(text=text):
                self.assertEqual(escape_html(text), text)

    def test_other_characters_are_untouched(self):
        text = "naïve café — 東京 🙂 \t\n\\ / = ; # x"
        self.assertEqual(escape_html(text), text)

    def test_an_attribute_value(self):
        self.assertEqual(
            escape_html("\" onmouseover='steal()' data-x=\"&#x27;"),
            "&quot; onmouseover=&#x27;steal()&#x27; data-x=&quot;&#x27;",
        )

    def test_quote_false_still_escapes_angle_brackets_and_ampersands(self):
        self.assertEqual(escape_html("\"<b>\" & 'i'", quote=False), "\"&lt;b&gt;\" &amp; 'i'")
        self.assertEqual(escape_html("&quot;", quote=False), "&quot;")

    def test_escaping_twice_changes_nothing_on_random_text(self):
        rng = random.Random(99)
        alphabet = ["&", "<", ">", "'", '"', "#", "x", "X", ";", "1", "a", "m", "p", "l", "t", "q", "u", "o", " "]
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
            once = escape_html(text)
            self.assertEqual(escape_html(once), once)
            for char in "<>\"'":
                self.assertNotIn(char, once)

    def test_one_million_characters_full_of_specials(self):
        chunk = "a&b<c>'d\"&amp;&#9;&x"
        text = chunk * 50_000
        expected_chunk = "a&amp;b&lt;c&gt;&#x27;d&quot;&amp;&#9;&amp;x"
        result = escape_html(text)
        self.assertEqual(len(result), len(expected_chunk) * 50_000)
        self.assertTrue(result == expected_chunk * 50_000)


if __name__ == "__main__":
    unittest.main()
