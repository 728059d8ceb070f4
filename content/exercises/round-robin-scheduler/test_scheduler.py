import unittest

from scheduler import Join, Scheduler, Sleep, Spawn


def worker(name, steps, log=None):
    for i in range(steps):
        if log is not None:
            log.append((name, i))
        yield
    return name.upper()


class SchedulerTest(unittest.TestCase):
    def test_two_workers_take_turns(self):
        log = []
        s = Scheduler()
        self.assertEqual(s.spawn(worker("a", 2, log)), 1)
        self.assertEqual(s.spawn(worker("b", 3, log)), 2)
        self.assertEqual(s.run(), {1: "A", 2: "B"})
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 1), (3, 2), (4, 1), (5, 2), (6, 2)])
        self.assertEqual(s.now, 7)
        self.assertEqual(log, [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("b", 2)])

    def test_spawn_and_join(self):
        def child():
            yield Sleep(3)
            return "done"

        def parent():
            cid = yield Spawn(child())
            result = yield Join(cid)
            return (cid, result * 2)

        s = Scheduler()
        s.spawn(parent())
        self.assertEqual(s.run(), {1: (2, "donedone"), 2: "done"})
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 1), (5, 2), (6, 1)])

    def test_idle_ticks_are_skipped(self):
        def napper():
            yield Sleep(10)
            return "rested"

        s = Scheduler()
        s.spawn(napper())
        self.assertEqual(s.run(), {1: "rested"})
        self.assertEqual(s.trace, [(0, 1), (11, 1)])
        self.assertEqual(s.now, 12)

    def test_a_sleeping_task_lets_the_others_run(self):
        def napper():
            yield Sleep(2)

        s = Scheduler()
        s.spawn(napper())
        s.spawn(worker("w", 4))
        s.run()
        # napper: tick 0, not during 1 and 2, queued behind w at 3, runs (and returns) at 4.
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 2), (3, 2), (4, 1), (5, 2), (6, 2)])

    def test_tasks_waking_at_the_same_tick_keep_the_order_they_fell_asleep(self):
        def napper(ticks):
            yield Sleep(ticks)

        s = Scheduler()
        s.spawn(napper(2))  # runs at 0, wakes at 3
        s.spawn(napper(1))  # runs at 1, wakes at 3
        s.run()
        self.assertEqual(s.trace, [(0, 1), (1, 2), (3, 1), (4, 2)])

    def test_sleep_zero_is_a_plain_yield(self):
        def polite():
            yield Sleep(0)
            yield Sleep(0)

        s = Scheduler()
        s.spawn(polite())
        s.spawn(worker("w", 2))
        s.run()
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 1), (3, 2), (4, 1), (5, 2)])

    def test_joining_a_finished_task_returns_at_once(self):
        def quick():
            return 42
            yield

        def joiner():
            value = yield Join(1)
            return value + 1

        s = Scheduler()
        s.spawn(quick())
        s.spawn(joiner())
        self.assertEqual(s.run(), {1: 42, 2: 43})
        self.assertEqual(s.trace, [(0, 1), (1, 2), (2, 2)])

    def test_tasks_that_wait_for_each_other_are_a_deadlock(self):
        def waits_for(other):
            yield Join(other)

        s = Scheduler()
        s.spawn(waits_for(2))
        s.spawn(waits_for(1))
        with self.assertRaises(RuntimeError):
            s.run()

    def test_nothing_to_run(self):
        s = Scheduler()
        self.assertEqual(s.run(), {})
        self.assertEqual((s.trace, s.now), ([], 0))


if __name__ == "__main__":
    unittest.main()
