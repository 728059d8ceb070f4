import unittest

from guards import Caught, ignoring, pushed, transaction


class FakeConnection:
    def __init__(self):
        self.calls = []

    def begin(self):
        self.calls.append("begin")

    def commit(self):
        self.calls.append("commit")

    def rollback(self):
        self.calls.append("rollback")

    def execute(self, sql):
        self.calls.append(sql)


class GuardsTest(unittest.TestCase):
    def test_a_successful_transaction_commits(self):
        conn = FakeConnection()
        with transaction(conn) as c:
            self.assertIs(c, conn)
            c.execute("UPDATE")
        self.assertEqual(conn.calls, ["begin", "UPDATE", "commit"])

    def test_a_failed_transaction_rolls_back_and_re_raises(self):
        conn = FakeConnection()
        with self.assertRaises(ValueError):
            with transaction(conn):
                conn.execute("UPDATE")
                raise ValueError("bad row")
        self.assertEqual(conn.calls, ["begin", "UPDATE", "rollback"])

    def test_ignoring_suppresses_the_listed_type_and_records_it(self):
        with ignoring(KeyError) as caught:
            {}["missing"]
        self.assertIsInstance(caught, Caught)
        self.assertIsInstance(caught.exception, KeyError)

    def test_ignoring_lets_other_exceptions_through(self):
        with self.assertRaises(ValueError):
            with ignoring(KeyError):
                raise ValueError("not a KeyError")

    def test_ignoring_without_an_exception(self):
        with ignoring(KeyError) as caught:
            pass
        self.assertIsNone(caught.exception)

    def test_pushed_pushes_and_pops(self):
        stack = []
        with pushed(stack, "outer") as item:
            self.assertEqual(item, "outer")
            with pushed(stack, "inner"):
                self.assertEqual(stack, ["outer", "inner"])
            self.assertEqual(stack, ["outer"])
        self.assertEqual(stack, [])

    def test_pushed_pops_when_the_block_raises(self):
        stack = ["base"]
        with self.assertRaises(RuntimeError):
            with pushed(stack, "section"):
                raise RuntimeError("boom")
        self.assertEqual(stack, ["base"])


if __name__ == "__main__":
    unittest.main()
