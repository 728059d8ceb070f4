import random
import unittest

from access_log import parse_access_log

GOOD = '1.2.3.4 - - [01/Jan/2024:00:00:00 +0000] "GET /a HTTP/1.1" 200 5'


class ParseAccessLogHiddenTest(unittest.TestCase):
    def test_every_field_is_checked(self):
        bad = [
            GOOD.replace(" 5", ""),  # no size
            GOOD.replace("200", "20"),  # two-digit status
            GOOD.replace("200", "099"),  # below 100
            GOOD.replace("HTTP/1.1", "HTTP/11"),
            GOOD.replace("HTTP/1.1", "HTTPS/1.1"),
            GOOD.replace('"GET /a HTTP/1.1"', '"GET HTTP/1.1"'),  # no path
            GOOD.replace('"GET', "GET"),  # request not quoted
            GOOD.replace("[01/Jan/2024:00:00:00 +0000]", "01/Jan/2024:00:00:00 +0000"),
            GOOD.replace("+0000", "UTC"),
            GOOD.replace("01/Jan", "1/Jan"),
            GOOD.replace("1.2.3.4 - -", "1.2.3.4 -  -"),  # two spaces
            GOOD.replace("1.2.3.4 - -", "1.2.3.4 -"),  # a field missing
            GOOD + ' "only-a-referer"',
            GOOD + ' "ref" "agent" "extra"',
            GOOD + ' "ref" "unterminated',
            GOOD + ' "ref"  "agent"',
            GOOD + "5",  # makes size "55": still valid, see below
        ]
        entries, malformed = parse_access_log("\n".join(bad))
        self.assertEqual(malformed, len(bad) - 1)
        self.assertEqual(len(entries), 1)
        self.assertEqual(entries[0]["size"], 55)

    def test_surrounding_whitespace_and_crlf(self):
        text = "  " + GOOD + "  \r\n\t" + GOOD + "\r\n"
        entries, malformed = parse_access_log(text)
        self.assertEqual((len(entries), malformed), (2, 0))
        self.assertEqual(entries[1]["size"], 5)

    def test_quoted_fields_with_escapes_and_empty_fields(self):
        line = GOOD + r' "" "Agent \"quoted\" and \\ backslash"'
        entries, malformed = parse_access_log(line)
        self.assertEqual(malformed, 0)
        self.assertEqual(entries[0]["referer"], "")
        self.assertEqual(entries[0]["agent"], r'Agent \"quoted\" and \\ backslash')

    def test_dash_fields_become_none_only_when_exactly_a_dash(self):
        entries, _ = parse_access_log(
            '9.9.9.9 id -x [31/Dec/1999:23:59:59 -1200] "DELETE /r/1 HTTP/1.0" 404 - "-" "--"'
        )
        entry = entries[0]
        self.assertEqual(entry["user"], "-x")
        self.assertEqual(entry["size"], 0)
        self.assertIsNone(entry["referer"])
        self.assertEqual(entry["agent"], "--")
        self.assertNotIn("ident", entry)

    def test_paths_and_agents_may_contain_quotes_and_brackets(self):
        line = ('::1 - - [07/Jul/2024:07:07:07 +0530] "GET /q?x=\\"1\\"&y=[2] HTTP/1.1" 200 1 '
                '"http://a/?q=\\"" "x [y] \\"z\\""')
        entries, malformed = parse_access_log(line)
        self.assertEqual(malformed, 0)
        self.assertEqual(entries[0]["host"], "::1")
        self.assertEqual(entries[0]["path"], '/q?x=\\"1\\"&y=[2]')
        self.assertEqual(entries[0]["agent"], 'x [y] \\"z\\"')

    def test_hostile_lines_do_not_make_the_parser_hang(self):
        prefix = '6.6.6.6 - - [01/Jan/2024:00:00:00 +0000] "'
        hostile = [
            prefix + "G" * 40 + " 200 5",  # request never closed
            prefix + "GET " + "/" * 40 + "x",
            prefix + "GET /a HTTP/1.1\" 200 5 \"" + "a" * 40 + " b" * 20 + "\" \"unterminated",
            GOOD + ' "' + "\\" * 41,
            "x " * 5000,
            "[" * 10000,
        ]
        entries, malformed = parse_access_log("\n".join(hostile + [GOOD]))
        self.assertEqual((len(entries), malformed), (1, len(hostile)))

    def test_50_000_lines(self):
        rng = random.Random(7)
        lines = []
        expected_sizes = 0
        expected_valid = 0
        for i in range(50_000):
            size = rng.randrange(100_000)
            line = ('10.0.%d.%d - user%d [%02d/Mar/2024:12:%02d:%02d +0000] "GET /item/%d HTTP/1.1" %d %d'
                    % (i % 256, i % 200, i % 50, i % 28 + 1, i % 60, i % 60, i, rng.choice([200, 404, 500]), size))
            if i % 3 == 0:
                line += ' "https://ref.example/%d" "bot/%d (\\"x\\")"' % (i, i)
            if i % 97 == 0:
                line = line.replace("GET", "G-T")
            else:
                expected_sizes += size
                expected_valid += 1
            lines.append(line)
        entries, malformed = parse_access_log("\n".join(lines))
        self.assertEqual(malformed, 50_000 - expected_valid)
        self.assertEqual(len(entries), expected_valid)
        self.assertEqual(sum(entry["size"] for entry in entries), expected_sizes)
        self.assertEqual(entries[-1]["path"], "/item/49999")


if __name__ == "__main__":
    unittest.main()
