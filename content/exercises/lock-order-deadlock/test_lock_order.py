import unittest

from lock_order import find_deadlock

A, B, C, D = "A", "B", "C", "D"


def acq(*locks):
    return [("acquire", lock) for lock in locks]


def rel(*locks):
    return [("release", lock) for lock in locks]


def lock_order_edges(threads):
    """The edges of the lock-order graph, computed independently of the solution."""
    edges = set()
    for events in threads:
        held = {}
        for action, lock in events:
            if action == "acquire":
                if lock not in held:
                    edges.update((other, lock) for other in held)
                held[lock] = held.get(lock, 0) + 1
            else:
                held[lock] -= 1
                if not held[lock]:
                    del held[lock]
    return edges


class CycleAssertions(unittest.TestCase):
    def assert_cycle(self, threads, cycle):
        self.assertIsInstance(cycle, list, "expected a cycle, got %r" % (cycle,))
        self.assertGreaterEqual(len(cycle), 2)
        self.assertEqual(len(set(cycle)), len(cycle), "a lock appears twice in %r" % (cycle,))
        edges = lock_order_edges(threads)
        for i, lock in enumerate(cycle):
            following = cycle[(i + 1) % len(cycle)]
            self.assertIn((lock, following), edges, "%r -> %r is not an edge of the graph" % (lock, following))


class LockOrderTest(CycleAssertions):
    def test_two_threads_in_opposite_orders(self):
        threads = [acq(A, B) + rel(B, A), acq(B, A) + rel(A, B)]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertEqual(set(cycle), {A, B})

    def test_the_same_order_everywhere_is_safe(self):
        threads = [acq(A, B) + rel(B, A), acq(A, B, C)]
        self.assertIsNone(find_deadlock(threads))

    def test_a_cycle_through_three_threads(self):
        threads = [acq(A, B), acq(B, C), acq(C, A)]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertEqual(set(cycle), {A, B, C})

    def test_a_reentrant_acquire_is_not_an_edge(self):
        threads = [[("acquire", A), ("acquire", A), ("acquire", B), ("release", A), ("acquire", A)]]
        self.assertIsNone(find_deadlock(threads))

    def test_no_events(self):
        self.assertIsNone(find_deadlock([]))
        self.assertIsNone(find_deadlock([[], []]))
        self.assertIsNone(find_deadlock([acq(A) + rel(A)]))

    def test_one_thread_taking_both_orders(self):
        threads = [acq(A, B) + rel(B, A) + acq(B, A) + rel(A, B)]
        self.assert_cycle(threads, find_deadlock(threads))

    def test_every_held_lock_gives_an_edge(self):
        # Thread 1 holds A and B when it takes C; thread 2 takes A while holding C.
        threads = [acq(A, B, C) + rel(C, B, A), acq(C, A)]
        cycle = find_deadlock(threads)
        self.assert_cycle(threads, cycle)
        self.assertIn(A, cycle)
        self.assertIn(C, cycle)

    def test_releases_in_any_order_and_locks_held_at_the_end(self):
        threads = [acq(A, B) + rel(A) + acq(C), acq(A, C)]
        self.assertIsNone(find_deadlock(threads))  # edges A -> B, B -> C, A -> C

    def test_invalid_events(self):
        with self.assertRaises(ValueError):
            find_deadlock([rel(A)])
        with self.assertRaises(ValueError):
            find_deadlock([acq(A) + rel(A, A)])
        with self.assertRaises(ValueError):
            find_deadlock([[("lock", A)]])


if __name__ == "__main__":
    unittest.main()
