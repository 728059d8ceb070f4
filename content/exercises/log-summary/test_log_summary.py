import unittest

from log_summary import summarize

EXAMPLE = """# service: api, host: web-1
2024-05-01T10:00:00,GET,/api/users,200,35ms
2024-05-01T10:00:01,POST,/api/users,201,120ms
2024-05-01T10:00:02,GET,"/api/search?q=red,blue",200,1.5s

2024-05-01T10:00:03,GET,/api/users?page=2,503,40ms
not a log line
2024-05-01T10:00:04,FETCH,/api/users,200,10ms
"""


def line(path="/a", method="GET", status="200", duration="10ms", timestamp="2024-05-01T10:00:00"):
    return ",".join([timestamp, method, path, status, duration])


class SummarizeTest(unittest.TestCase):
    def test_the_example(self):
        summary = summarize(EXAMPLE)
        self.assertEqual(
            sorted(summary), ["errors", "malformed", "mean_ms", "methods", "requests", "top_paths"]
        )
        self.assertEqual(summary["requests"], 4)
        self.assertEqual(summary["malformed"], 2)
        self.assertEqual(summary["errors"], 1)
        self.assertEqual(dict(summary["methods"]), {"GET": 3, "POST": 1})
        self.assertEqual(list(summary["top_paths"]), [("/api/users", 3), ("/api/search", 1)])
        self.assertAlmostEqual(summary["mean_ms"], 423.75)

    def test_empty_log(self):
        summary = summarize("")
        self.assertEqual((summary["requests"], summary["malformed"], summary["errors"]), (0, 0, 0))
        self.assertEqual(dict(summary["methods"]), {})
        self.assertEqual(list(summary["top_paths"]), [])
        self.assertEqual(summary["mean_ms"], 0.0)

    def test_comments_and_blank_lines_are_not_malformed(self):
        text = "\n   \n# a comment\n  # an indented comment\n" + line() + "\n\n"
        summary = summarize(text)
        self.assertEqual((summary["requests"], summary["malformed"]), (1, 0))

    def test_quoted_fields_may_contain_commas(self):
        summary = summarize(line(path='"/search?q=a,b,c"'))
        self.assertEqual(summary["requests"], 1)
        self.assertEqual(list(summary["top_paths"]), [("/search", 1)])

    def test_seconds_are_converted_to_milliseconds(self):
        text = "\n".join([line(duration="1.5s"), line(duration="500ms"), line(duration="0ms")])
        self.assertAlmostEqual(summarize(text)["mean_ms"], 2000 / 3)

    def test_ties_are_broken_alphabetically(self):
        paths = ["/b", "/c", "/a", "/c", "/b", "/a", "/d"]
        summary = summarize("\n".join(line(path=p) for p in paths), top=3)
        self.assertEqual(list(summary["top_paths"]), [("/a", 2), ("/b", 2), ("/c", 2)])

    def test_malformed_lines(self):
        bad = [
            "2024-05-01T10:00:00,GET,/a,200",  # four fields
            line() + ",extra",  # six fields
            line(method="get"),
            line(method="FETCH"),
            line(path="api/no-slash"),
            line(status="600"),
            line(status="20"),
            line(duration="10"),
            line(duration="fast"),
            line(timestamp="2024-05-01 10:00:00"),
        ]
        summary = summarize("\n".join(bad + [line()]))
        self.assertEqual(summary["malformed"], len(bad))
        self.assertEqual(summary["requests"], 1)


if __name__ == "__main__":
    unittest.main()
