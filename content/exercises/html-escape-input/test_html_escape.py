import unittest

from html_escape import escape_html


class EscapeHtmlTest(unittest.TestCase):
    def test_a_script_tag(self):
        self.assertEqual(
            escape_html('<script>alert("hi")</script>'),
            "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;",
        )

    def test_a_bare_ampersand_is_escaped_a_reference_is_not(self):
        self.assertEqual(escape_html("Tom & Jerry &amp; friends"), "Tom &amp; Jerry &amp; friends")

    def test_only_the_listed_references_are_kept(self):
        self.assertEqual(escape_html("&copy; 2024 &#169; &#xA9; &lt"), "&amp;copy; 2024 &#169; &#xA9; &amp;lt")

    def test_the_five_named_references(self):
        text = "&amp; &lt; &gt; &quot; &apos;"
        self.assertEqual(escape_html(text), text)

    def test_quotes(self):
        self.assertEqual(escape_html("it's"), "it&#x27;s")
        self.assertEqual(escape_html("it's \"quoted\"", quote=False), "it's \"quoted\"")
        self.assertEqual(escape_html("<'&'>", quote=False), "&lt;'&amp;'&gt;")

    def test_empty_and_plain_text(self):
        self.assertEqual(escape_html(""), "")
        self.assertEqual(escape_html("plain text, nothing to do"), "plain text, nothing to do")

    def test_escaping_twice_changes_nothing(self):
        for text in ['<a href="x?a=1&b=2">', "&&amp;&", "O'Brien & Sons <3"]:
            with self.subTest(text=text):
                once = escape_html(text)
                self.assertIsInstance(once, str)
                self.assertEqual(escape_html(once), once)


if __name__ == "__main__":
    unittest.main()
