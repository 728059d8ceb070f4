import random
import unittest

from scheduler import Join, Scheduler, Sleep, Spawn
from test_scheduler import worker


def check_trace(test, trace):
    ticks = [tick for tick, _ in trace]
    test.assertEqual(ticks, sorted(set(ticks)), "one step per tick, in increasing order")


class SchedulerHiddenTest(unittest.TestCase):
    def test_woken_tasks_queue_behind_the_ready_ones(self):
        def napper():
            yield Sleep(1)  # runs at 0, wakes at 2

        s = Scheduler()
        s.spawn(napper())
        s.spawn(worker("a", 3))
        s.spawn(worker("b", 3))
        s.run()
        # At tick 2 the queue is [b, a]; the napper wakes up behind them.
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 3), (3, 2), (4, 1), (5, 3), (6, 2), (7, 3), (8, 2), (9, 3)])

    def test_equal_wake_up_ticks_follow_the_order_of_falling_asleep_not_the_ids(self):
        def late_sleeper():
            yield
            yield Sleep(1)  # runs at 2, wakes at 4

        def early_sleeper():
            yield Sleep(2)  # runs at 1, wakes at 4

        s = Scheduler()
        s.spawn(late_sleeper())
        s.spawn(early_sleeper())
        s.run()
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 1), (4, 2), (5, 1)])

    def test_the_spawned_task_runs_before_its_parent_resumes(self):
        log = []

        def child(n):
            log.append("child %d" % n)
            yield

        def parent():
            first = yield Spawn(child(1))
            log.append("parent got %d" % first)
            second = yield Spawn(child(2))
            log.append("parent got %d" % second)

        s = Scheduler()
        s.spawn(worker("w", 3))
        s.spawn(parent())
        s.run()
        self.assertEqual(log, ["child 1", "parent got 3", "child 2", "parent got 4"])
        self.assertEqual(
            s.trace,
            [(0, 1), (1, 2), (2, 1), (3, 3), (4, 2), (5, 1), (6, 3), (7, 4), (8, 2), (9, 1), (10, 4)],
        )

    def test_several_tasks_joining_one(self):
        def slow():
            yield Sleep(5)
            return "slow"

        def joiner(tag):
            value = yield Join(1)
            return tag + value

        s = Scheduler()
        s.spawn(slow())
        s.spawn(joiner("x-"))
        s.spawn(joiner("y-"))
        self.assertEqual(s.run(), {1: "slow", 2: "x-slow", 3: "y-slow"})
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 3), (6, 1), (7, 2), (8, 3)])

    def test_return_values_of_any_kind(self):
        def nothing():
            yield

        def immediate():
            return [1, 2]
            yield

        s = Scheduler()
        s.spawn(nothing())
        s.spawn(immediate())
        self.assertEqual(s.run(), {1: None, 2: [1, 2]})

    def test_an_exception_in_a_task_propagates(self):
        def broken():
            yield
            raise ValueError("task failed")

        s = Scheduler()
        s.spawn(broken())
        with self.assertRaises(ValueError):
            s.run()

    def test_invalid_commands(self):
        def yields_a_number():
            yield 5

        s = Scheduler()
        s.spawn(yields_a_number())
        with self.assertRaises(TypeError):
            s.run()

        def joins_nobody():
            yield Join(99)

        s = Scheduler()
        s.spawn(joins_nobody())
        with self.assertRaises(ValueError):
            s.run()

        def joins_itself():
            yield Join(1)

        s = Scheduler()
        s.spawn(joins_itself())
        with self.assertRaises(ValueError):
            s.run()

    def test_waiting_for_a_deadlocked_task_is_a_deadlock_too(self):
        def waits_for(other):
            yield Join(other)

        s = Scheduler()
        s.spawn(waits_for(2))
        s.spawn(waits_for(3))
        s.spawn(waits_for(2))
        s.spawn(worker("free", 2))
        with self.assertRaises(RuntimeError):
            s.run()

    def test_a_huge_sleep(self):
        def napper():
            yield Sleep(10**9)
            return "awake"

        s = Scheduler()
        s.spawn(napper())
        s.spawn(worker("w", 2))
        self.assertEqual(s.run(), {1: "awake", 2: "W"})
        self.assertEqual(s.trace[-1], (10**9 + 1, 1))

    def test_a_parent_joining_2_000_children_in_turn(self):
        def child(n):
            yield Sleep(n % 7)
            return n * n

        def parent():
            ids = []
            for n in range(2_000):
                ids.append((yield Spawn(child(n))))
            total = 0
            for cid in ids:
                total += yield Join(cid)
            return total

        s = Scheduler()
        s.spawn(parent())
        results = s.run()
        self.assertEqual(results[1], sum(n * n for n in range(2_000)))
        self.assertEqual(len(results), 2_001)
        check_trace(self, s.trace)

    def test_20_000_sleeping_tasks(self):
        def sleeper(naps):
            for nap in naps:
                yield Sleep(nap)
            return sum(naps)

        rng = random.Random(11)
        plans = [[rng.randrange(0, 50_000) for _ in range(5)] for _ in range(20_000)]
        s = Scheduler()
        for naps in plans:
            s.spawn(sleeper(naps))
        results = s.run()
        self.assertEqual(results, {i + 1: sum(naps) for i, naps in enumerate(plans)})
        self.assertEqual(len(s.trace), 120_000)
        check_trace(self, s.trace)
        self.assertEqual(s.trace[:3], [(0, 1), (1, 2), (2, 3)])
        # Every task waits at least its nap between two of its steps.
        last_run = {}
        naps_done = {}
        for tick, task_id in s.trace:
            if task_id in last_run:
                nap = plans[task_id - 1][naps_done[task_id]]
                self.assertGreaterEqual(tick, last_run[task_id] + 1 + nap)
                naps_done[task_id] += 1
            else:
                naps_done[task_id] = 0
            last_run[task_id] = tick
        self.assertEqual(s.now, 243_378)
        self.assertEqual(sum(tick * task_id for tick, task_id in s.trace) % 1_000_000_007, 844_981_249)


if __name__ == "__main__":
    unittest.main()
