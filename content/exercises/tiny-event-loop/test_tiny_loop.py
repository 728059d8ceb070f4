import unittest

from tiny_loop import gather, now, run, sleep


async def fetch(name, delay, log):
    log.append(("start", name, now()))
    await sleep(delay)
    log.append(("end", name, now()))
    return name.upper()


async def ticker(name, steps, log):
    for i in range(steps):
        log.append((name, i))
        await sleep(0)
    return name


class TinyLoopTest(unittest.TestCase):
    def test_the_example_from_the_statement(self):
        async def main(log):
            results = await gather(fetch("a", 2, log), fetch("b", 1, log), fetch("c", 3, log))
            return results, now()

        log = []
        self.assertEqual(run(main(log)), (["A", "B", "C"], 3.0))
        self.assertEqual(
            log,
            [("start", "a", 0.0), ("start", "b", 0.0), ("start", "c", 0.0), ("end", "b", 1.0), ("end", "a", 2.0), ("end", "c", 3.0)],
        )

    def test_sleep_advances_the_virtual_clock_and_returns_its_result(self):
        async def main():
            times = [now()]
            value = await sleep(5, result="slept")
            times.append(now())
            await sleep(2.5)
            times.append(now())
            return value, times

        self.assertEqual(run(main()), ("slept", [0.0, 5.0, 7.5]))

    def test_an_hour_of_sleep_takes_no_real_time(self):
        async def main():
            await sleep(3600)
            return now()

        self.assertEqual(run(main()), 3600.0)

    def test_a_thousand_sleeps_overlap(self):
        async def nap(i):
            await sleep(1)
            return i

        async def main():
            results = await gather(*[nap(i) for i in range(1000)])
            return results, now()

        results, elapsed = run(main())
        self.assertEqual(results, list(range(1000)))
        self.assertEqual(elapsed, 1.0)

    def test_sleep_zero_lets_the_others_run(self):
        async def main(log):
            return await gather(ticker("a", 3, log), ticker("b", 2, log))

        log = []
        self.assertEqual(run(main(log)), ["a", "b"])
        self.assertEqual(log, [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("a", 2)])

    def test_an_exception_propagates_out_of_run(self):
        async def main():
            await sleep(1)
            raise KeyError("missing")

        with self.assertRaises(KeyError):
            run(main())

    def test_gather_raises_the_first_failure_after_everything_finished(self):
        async def fail(delay, error):
            await sleep(delay)
            raise error

        async def main(log):
            try:
                await gather(fetch("slow", 5, log), fail(2, ValueError("second")), fail(1, OSError("first")))
            except Exception as exc:
                return type(exc).__name__, now()

        log = []
        self.assertEqual(run(main(log)), ("OSError", 5.0))
        self.assertIn(("end", "slow", 5.0), log)

    def test_now_outside_a_loop(self):
        with self.assertRaises(RuntimeError):
            now()

    def test_nested_gathers(self):
        async def pair(a, b):
            return await gather(fetch(a, 1, []), fetch(b, 2, []))

        async def main():
            results = await gather(pair("w", "x"), pair("y", "z"))
            return results, now()

        self.assertEqual(run(main()), ([["W", "X"], ["Y", "Z"]], 2.0))


if __name__ == "__main__":
    unittest.main()
