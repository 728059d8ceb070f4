import random
import unittest

from tiny_loop import gather, now, run, sleep
from test_tiny_loop import fetch


async def waiter(name, delays, log):
    for delay in delays:
        await sleep(delay)
        log.append((name, now()))
    return name


class TinyLoopHiddenTest(unittest.TestCase):
    def test_timers_due_at_the_same_time_fire_in_the_order_they_were_set(self):
        async def main(log):
            await gather(waiter("x", [2], log), waiter("y", [1, 1], log), waiter("z", [2], log), waiter("w", [1], log))

        log = []
        run(main(log))
        # y's second timer (set at time 1) is due at 2 too, but was set after x's and z's.
        self.assertEqual(log, [("y", 1.0), ("w", 1.0), ("x", 2.0), ("z", 2.0), ("y", 2.0)])

    def test_a_negative_delay_is_like_zero(self):
        async def main():
            await sleep(-5)
            return now()

        self.assertEqual(run(main()), 0.0)

    def test_gather_of_nothing(self):
        async def main():
            return await gather()

        self.assertEqual(run(main()), [])

    def test_gather_rejects_what_is_not_a_coroutine(self):
        coro = fetch("a", 1, [])
        try:
            with self.assertRaises(TypeError):
                gather(coro, 42)
        finally:
            coro.close()

    def test_run_rejects_what_is_not_a_coroutine(self):
        with self.assertRaises(TypeError):
            run(fetch)

    def test_run_inside_run(self):
        async def inner():
            return 1

        async def outer():
            coro = inner()
            try:
                return run(coro)
            finally:
                coro.close()

        with self.assertRaises(RuntimeError):
            run(outer())

    def test_each_run_starts_its_clock_at_zero(self):
        async def main():
            await sleep(10)
            return now()

        self.assertEqual(run(main()), 10.0)
        self.assertEqual(run(main()), 10.0)
        with self.assertRaises(RuntimeError):
            now()

    def test_the_loop_is_cleaned_up_after_an_exception(self):
        async def broken():
            raise ZeroDivisionError

        with self.assertRaises(ZeroDivisionError):
            run(broken())
        with self.assertRaises(RuntimeError):
            now()

        async def fine():
            return "ok"

        self.assertEqual(run(fine()), "ok")

    def test_awaiting_a_coroutine_directly_runs_it_in_place(self):
        async def helper(log):
            await sleep(3)
            log.append(now())
            return "helped"

        async def main():
            log = []
            first = await helper(log)
            second = await helper(log)
            return first, second, log

        self.assertEqual(run(main()), ("helped", "helped", [3.0, 6.0]))

    def test_a_failure_caught_inside_a_child(self):
        async def careful():
            try:
                await gather(sleep_then_fail())
            except LookupError:
                return "recovered at %s" % now()

        async def sleep_then_fail():
            await sleep(4)
            raise IndexError("gone")

        async def main():
            return await gather(careful(), fetch("n", 1, []))

        self.assertEqual(run(main()), ["recovered at 4.0", "N"])

    def test_results_in_argument_order_not_completion_order(self):
        async def main():
            return await gather(fetch("z", 9, []), fetch("a", 1, []), fetch("m", 5, []))

        self.assertEqual(run(main()), ["Z", "A", "M"])

    def test_a_deep_tree_of_gathers(self):
        async def tree(depth):
            if depth == 0:
                await sleep(1)
                return 1
            left, right = await gather(tree(depth - 1), tree(depth - 1))
            return left + right

        async def main():
            return await tree(10), now()

        self.assertEqual(run(main()), (1024, 1.0))

    def test_20_000_coroutines_with_60_000_sleeps(self):
        rng = random.Random(17)
        plans = [[rng.randrange(1, 1_000_000) for _ in range(3)] for _ in range(20_000)]
        log = []

        async def main():
            names = await gather(*[waiter(i, plan, log) for i, plan in enumerate(plans)])
            return names, now()

        names, elapsed = run(main())
        self.assertEqual(names, list(range(20_000)))
        self.assertEqual(elapsed, max(sum(plan) for plan in plans))
        self.assertEqual(len(log), 60_000)
        times = [t for _, t in log]
        self.assertEqual(times, sorted(times))
        self.assertEqual(log[:3], [(17_728, 36.0), (422, 74.0), (9_166, 123.0)])
        self.assertEqual(sum(i * k for k, (i, _) in enumerate(log)) % 1_000_000_007, 87_984_018)


if __name__ == "__main__":
    unittest.main()
