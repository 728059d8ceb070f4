import unittest

from retry import retry


class Flaky:
    """A callable that raises the given exceptions, one per call, then returns `result`."""

    def __init__(self, failures, result="ok"):
        self.failures = list(failures)
        self.result = result
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        if len(self.calls) <= len(self.failures):
            raise self.failures[len(self.calls) - 1]
        return self.result


def no_sleep(seconds):
    raise AssertionError("sleep(%r) was called, but there is nothing to wait for" % (seconds,))


class RetryTest(unittest.TestCase):
    def test_success_on_the_first_call(self):
        flaky = Flaky([])
        self.assertEqual(retry(3)(flaky)(), "ok")
        self.assertEqual(len(flaky.calls), 1)

    def test_retries_until_a_call_succeeds(self):
        flaky = Flaky([ValueError("1"), ValueError("2")])
        self.assertEqual(retry(3, sleep=no_sleep)(flaky)(), "ok")
        self.assertEqual(len(flaky.calls), 3)

    def test_passes_the_same_arguments_every_time(self):
        flaky = Flaky([OSError(), OSError()])
        retry(5)(flaky)(1, 2, key="k")
        self.assertEqual(flaky.calls, [((1, 2), {"key": "k"})] * 3)

    def test_reraises_the_last_exception_when_all_attempts_fail(self):
        errors = [ValueError("first"), ValueError("second"), ValueError("third")]
        flaky = Flaky(errors)
        with self.assertRaises(ValueError) as caught:
            retry(3)(flaky)()
        self.assertIs(caught.exception, errors[2])
        self.assertEqual(len(flaky.calls), 3)

    def test_other_exceptions_are_not_retried(self):
        flaky = Flaky([ValueError("not a KeyError")])
        with self.assertRaises(ValueError):
            retry(5, KeyError)(flaky)()
        self.assertEqual(len(flaky.calls), 1)

    def test_a_tuple_of_exception_classes(self):
        flaky = Flaky([KeyError("k"), TimeoutError(), IndexError()])
        self.assertEqual(retry(4, (KeyError, TimeoutError, IndexError))(flaky)(), "ok")
        self.assertEqual(len(flaky.calls), 4)

    def test_sleeps_between_attempts_with_exponential_backoff(self):
        slept = []
        flaky = Flaky([OSError()] * 3)
        retry(4, delay=0.5, backoff=2, sleep=slept.append)(flaky)()
        self.assertEqual(slept, [0.5, 1.0, 2.0])

    def test_no_sleep_after_the_last_attempt(self):
        slept = []
        flaky = Flaky([OSError()] * 3)
        with self.assertRaises(OSError):
            retry(3, delay=1, backoff=3, sleep=slept.append)(flaky)()
        self.assertEqual(slept, [1, 3])

    def test_keeps_the_name_and_docstring(self):
        @retry(2)
        def fetch(url):
            """Download url."""
            return url

        self.assertEqual(fetch.__name__, "fetch")
        self.assertEqual(fetch.__doc__, "Download url.")
        self.assertEqual(fetch("u"), "u")

    def test_attempts_below_one_fail_when_decorating(self):
        for attempts in [0, -3]:
            with self.subTest(attempts=attempts):
                with self.assertRaises(ValueError):
                    retry(attempts)


if __name__ == "__main__":
    unittest.main()
