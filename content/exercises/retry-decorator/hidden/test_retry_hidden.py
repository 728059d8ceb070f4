import unittest

from retry import retry
from test_retry import Flaky, no_sleep


class RetryHiddenTest(unittest.TestCase):
    def test_one_attempt_means_no_retry(self):
        error = RuntimeError("once")
        flaky = Flaky([error])
        with self.assertRaises(RuntimeError) as caught:
            retry(1, sleep=no_sleep)(flaky)()
        self.assertIs(caught.exception, error)
        self.assertEqual(len(flaky.calls), 1)

    def test_every_call_gets_its_own_attempts_and_waits(self):
        slept = []
        failures = []

        def flaky():
            if failures:
                raise failures.pop()
            return "ok"

        wrapped = retry(3, delay=1, backoff=2, sleep=slept.append)(flaky)
        failures[:] = [OSError(), OSError()]
        self.assertEqual(wrapped(), "ok")
        failures[:] = [OSError(), OSError()]
        self.assertEqual(wrapped(), "ok")  # two failures again: three calls are still allowed
        self.assertEqual(slept, [1, 2, 1, 2])

    def test_a_none_result_is_returned(self):
        flaky = Flaky([ValueError()], result=None)
        self.assertIsNone(retry(2)(flaky)())
        self.assertEqual(len(flaky.calls), 2)

    def test_subclasses_match(self):
        flaky = Flaky([ConnectionResetError(), FileNotFoundError()])
        self.assertEqual(retry(3, OSError)(flaky)(), "ok")

    def test_base_exceptions_are_not_retried_by_default(self):
        flaky = Flaky([KeyboardInterrupt()])
        with self.assertRaises(KeyboardInterrupt):
            retry(3)(flaky)()
        self.assertEqual(len(flaky.calls), 1)

    def test_zero_delay_never_sleeps(self):
        flaky = Flaky([OSError()] * 5)
        self.assertEqual(retry(6, delay=0, backoff=2, sleep=no_sleep)(flaky)(), "ok")

    def test_constant_delay(self):
        slept = []
        retry(5, delay=0.25, sleep=slept.append)(Flaky([OSError()] * 4))()
        self.assertEqual(slept, [0.25] * 4)

    def test_keeps_qualname_module_and_wrapped(self):
        def original():
            """Original docstring."""

        wrapped = retry(2)(original)
        self.assertIs(wrapped.__wrapped__, original)
        self.assertEqual(wrapped.__qualname__, original.__qualname__)
        self.assertEqual(wrapped.__module__, original.__module__)

    def test_works_on_methods(self):
        class Client:
            def __init__(self):
                self.calls = 0

            @retry(3, ConnectionError)
            def get(self, path):
                self.calls += 1
                if self.calls < 3:
                    raise ConnectionError(path)
                return "got " + path

        client = Client()
        self.assertEqual(client.get("/a"), "got /a")
        self.assertEqual(client.calls, 3)

    def test_a_huge_attempt_budget_costs_nothing_up_front(self):
        flaky = Flaky([OSError()] * 3)
        self.assertEqual(retry(10**12)(flaky)(), "ok")
        self.assertEqual(len(flaky.calls), 4)

    def test_200_000_attempts(self):
        count = 0

        def stubborn(n):
            nonlocal count
            count += 1
            if count < n:
                raise ValueError(count)
            return count

        self.assertEqual(retry(200_000, ValueError)(stubborn)(200_000), 200_000)
        count = 0
        with self.assertRaises(ValueError) as caught:
            retry(200_000, ValueError)(stubborn)(300_000)
        self.assertEqual(caught.exception.args, (200_000,))


if __name__ == "__main__":
    unittest.main()
