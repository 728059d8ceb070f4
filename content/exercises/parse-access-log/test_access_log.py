import unittest

from access_log import parse_access_log

EXAMPLE = '''
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
this is not a log line
10.0.0.7 - - [10/Oct/2000:13:56:01 +0000] "POST /login HTTP/1.1" 302 - "-" "curl/8.0 \\"beta\\""
'''

KEYS = ["agent", "host", "method", "path", "protocol", "referer", "size", "status", "time", "user"]


class ParseAccessLogTest(unittest.TestCase):
    def test_the_example(self):
        entries, malformed = parse_access_log(EXAMPLE)
        self.assertEqual(malformed, 1)
        self.assertEqual(len(entries), 2)
        self.assertEqual(
            entries[0],
            {"host": "127.0.0.1", "user": "frank", "time": "10/Oct/2000:13:55:36 -0700",
             "method": "GET", "path": "/apache_pb.gif", "protocol": "HTTP/1.0",
             "status": 200, "size": 2326, "referer": None, "agent": None},
        )
        self.assertEqual(
            entries[1],
            {"host": "10.0.0.7", "user": None, "time": "10/Oct/2000:13:56:01 +0000",
             "method": "POST", "path": "/login", "protocol": "HTTP/1.1",
             "status": 302, "size": 0, "referer": None, "agent": 'curl/8.0 \\"beta\\"'},
        )

    def test_empty_log(self):
        self.assertEqual(parse_access_log(""), ([], 0))

    def test_blank_lines_are_not_malformed(self):
        text = "\n   \n\t\n" + '1.2.3.4 - - [01/Jan/2024:00:00:00 +0000] "GET / HTTP/1.1" 204 -' + "\n\n"
        entries, malformed = parse_access_log(text)
        self.assertEqual(malformed, 0)
        self.assertEqual(len(entries), 1)
        self.assertEqual(sorted(entries[0]), KEYS)

    def test_types_of_status_and_size(self):
        entries, _ = parse_access_log('h - u [01/Feb/2024:10:20:30 +0100] "PUT /x HTTP/1.1" 201 0')
        self.assertIs(type(entries[0]["status"]), int)
        self.assertIs(type(entries[0]["size"]), int)
        self.assertEqual((entries[0]["status"], entries[0]["size"]), (201, 0))

    def test_combined_format_with_referer_and_agent(self):
        line = ('203.0.113.9 - - [05/Mar/2024:08:00:00 -0500] "GET /docs?page=2 HTTP/1.1" 200 512 '
                '"https://example.com/a b" "Mozilla/5.0 (X11; Linux)"')
        entries, malformed = parse_access_log(line)
        self.assertEqual(malformed, 0)
        self.assertEqual(entries[0]["path"], "/docs?page=2")
        self.assertEqual(entries[0]["referer"], "https://example.com/a b")
        self.assertEqual(entries[0]["agent"], "Mozilla/5.0 (X11; Linux)")

    def test_some_malformed_lines(self):
        good = '1.2.3.4 - - [01/Jan/2024:00:00:00 +0000] "GET / HTTP/1.1" 200 5'
        bad = [
            good.replace("200", "600"),  # status out of range
            good.replace("GET", "get"),  # method in lower case
            good.replace(" 5", " five"),  # size not a number
            good.replace("Jan", "January"),  # not a month abbreviation
            good + " trailing",  # junk after the size
        ]
        entries, malformed = parse_access_log("\n".join(bad + [good]))
        self.assertEqual(malformed, len(bad))
        self.assertEqual(len(entries), 1)


if __name__ == "__main__":
    unittest.main()
