import random
import unittest

from log_summary import summarize
from test_log_summary import line


class SummarizeHiddenTest(unittest.TestCase):
    def test_whole_field_must_match(self):
        bad = [
            line(status="2000"),
            line(duration="35msec"),
            line(duration="35 ms"),
            line(timestamp="2024-05-01T10:00:00+junk"),
            line(method="GETS"),
            line(path="/has space"),
        ]
        summary = summarize("\n".join(bad))
        self.assertEqual((summary["requests"], summary["malformed"]), (0, len(bad)))

    def test_spaces_around_fields_and_windows_line_endings(self):
        text = " 2024-05-01T10:00:00Z , PUT , /x?y=1 , 204 , 2s \r\n" + line(method="DELETE") + "\r\n"
        summary = summarize(text)
        self.assertEqual(summary["requests"], 2)
        self.assertEqual(dict(summary["methods"]), {"PUT": 1, "DELETE": 1})
        self.assertEqual(list(summary["top_paths"]), [("/a", 1), ("/x", 1)])
        self.assertAlmostEqual(summary["mean_ms"], 1005.0)

    def test_error_statuses_are_500_to_599(self):
        statuses = ["499", "500", "503", "599", "404", "200", "100"]
        summary = summarize("\n".join(line(status=s) for s in statuses))
        self.assertEqual(summary["errors"], 3)
        self.assertEqual(summary["requests"], 7)

    def test_top_larger_than_the_number_of_paths(self):
        summary = summarize("\n".join([line(path="/b"), line(path="/a?x"), line(path="/b")]), top=10)
        self.assertEqual(list(summary["top_paths"]), [("/b", 2), ("/a", 1)])

    def test_top_one(self):
        summary = summarize("\n".join([line(path="/z"), line(path="/y")]), top=1)
        self.assertEqual(list(summary["top_paths"]), [("/y", 1)])

    def test_only_malformed_lines(self):
        summary = summarize("garbage\n,,,,\n\"unclosed, quote\n")
        self.assertEqual((summary["requests"], summary["malformed"]), (0, 3))
        self.assertEqual(summary["mean_ms"], 0.0)

    def test_50_000_lines_with_40_000_paths(self):
        rng = random.Random(42)
        lines = []
        expected_methods = {}
        total_ms = 0
        hot = ["/hot/b"] * 300 + ["/hot/c"] * 250 + ["/hot/a"] * 300  # b appears before a
        for i in range(50_000):
            if i < len(hot):
                path = hot[i]
            else:
                path = "/item/%d?ref=%d" % (rng.randrange(100_000), i)
            method = rng.choice(["GET", "GET", "POST", "DELETE"])
            expected_methods[method] = expected_methods.get(method, 0) + 1
            ms = rng.randrange(1000)
            total_ms += ms
            lines.append(line(path=path, method=method, status="200", duration="%dms" % ms))
            if i % 10 == 0:
                lines.append("# checkpoint %d" % i)
            if i % 1000 == 0:
                lines.append("corrupted line %d" % i)
        summary = summarize("\n".join(lines), top=3)
        self.assertEqual(summary["requests"], 50_000)
        self.assertEqual(summary["malformed"], 50)
        self.assertEqual(dict(summary["methods"]), expected_methods)
        self.assertEqual(list(summary["top_paths"]), [("/hot/a", 300), ("/hot/b", 300), ("/hot/c", 250)])
        self.assertAlmostEqual(summary["mean_ms"], total_ms / 50_000)


if __name__ == "__main__":
    unittest.main()
