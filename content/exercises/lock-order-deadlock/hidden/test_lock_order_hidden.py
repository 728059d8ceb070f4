import copy
import random
import unittest

from lock_order import find_deadlock
from test_lock_order import A, B, C, D, CycleAssertions, acq, rel


class LockOrderHiddenTest(CycleAssertions):
    def test_released_locks_give_no_edges(self):
        threads = [acq(A) + rel(A) + acq(B), acq(B) + rel(B) + acq(A)]
        self.assertIsNone(find_deadlock(threads))

    def test_a_lock_held_twice_and_released_once_is_still_held(self):
        threads = [acq(A, A) + rel(A) + acq(B), acq(B, A)]
        self.assert_cycle(threads, find_deadlock(threads))
        threads = [acq(A, A) + rel(A, A) + acq(B), acq(B, A)]
        self.assertIsNone(find_deadlock(threads))

    def test_lock_names_of_any_hashable_type(self):
        threads = [[("acquire", 1), ("acquire", ("db", 2))], [("acquire", ("db", 2)), ("acquire", 1)]]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertEqual(set(cycle), {1, ("db", 2)})

    def test_a_cycle_behind_an_acyclic_part(self):
        threads = [acq("a", "b", "c"), acq("c", "d"), acq("d", "e"), acq("e", "f"), acq("f", "d"), acq("a", "x")]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertEqual(set(cycle), {"d", "e", "f"})

    def test_diamonds_are_not_cycles(self):
        threads = [acq(A, B) + rel(B) + acq(C), acq(B, D), acq(C, D)]
        self.assertIsNone(find_deadlock(threads))

    def test_one_of_several_cycles(self):
        threads = [acq(A, B), acq(B, A), acq(C, D), acq(D, C)]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertIn(set(cycle), [{A, B}, {C, D}])

    def test_the_input_is_not_changed(self):
        threads = [acq(A, B) + rel(B, A), acq(B, A)]
        before = copy.deepcopy(threads)
        find_deadlock(threads)
        self.assertEqual(threads, before)

    def test_a_cycle_of_60_000_locks(self):
        n = 60_000
        # Thread k takes lock k and then lock k + 1; the last one closes the loop back to lock 0.
        # The threads are listed from the end of the chain to its start.
        threads = [acq(k, k + 1) + rel(k + 1, k) for k in reversed(range(n - 1))]
        threads.append(acq(n - 1, 0))
        cycle = find_deadlock(threads)
        self.assertEqual(len(cycle), n)
        start = cycle.index(0)
        self.assertEqual(cycle[start:] + cycle[:start], list(range(n)))

    def test_a_chain_of_60_000_locks_without_a_cycle(self):
        n = 60_000
        threads = [acq(k, k + 1) + rel(k + 1, k) for k in reversed(range(n - 1))]
        threads.append(acq(0, n - 1))  # a shortcut forward, not a cycle
        self.assertIsNone(find_deadlock(threads))

    def test_100_000_events_in_a_consistent_global_order(self):
        rng = random.Random(23)
        threads = []
        for _ in range(10_000):
            locks = sorted(rng.sample(range(2_000), 5))  # everyone takes locks by increasing number
            events = acq(*locks)
            rng.shuffle(locks)
            threads.append(events + rel(*locks))
        self.assertIsNone(find_deadlock(threads))
        # One thread out of order is enough for a potential deadlock.
        a, b = sorted(rng.sample(range(2_000), 2))
        threads.append(acq(b, a))
        self.assert_cycle(threads, find_deadlock(threads))


if __name__ == "__main__":
    unittest.main()
