import random
import unittest

from snapshot_array import SnapshotArray


class SnapshotArrayHiddenTest(unittest.TestCase):
    def test_setting_back_to_zero_and_negative_values(self):
        array = SnapshotArray(2)
        array.set(0, -4)
        a = array.snap()
        array.set(0, 0)
        b = array.snap()
        self.assertEqual(array.get(0, a), -4)
        self.assertEqual(array.get(0, b), 0)

    def test_set_after_many_empty_snapshots(self):
        array = SnapshotArray(3)
        for _ in range(10):
            array.snap()
        array.set(2, 9)
        last = array.snap()
        self.assertEqual([array.get(2, s) for s in range(last + 1)], [0] * 10 + [9])

    def test_arrays_are_independent(self):
        first, second = SnapshotArray(2), SnapshotArray(2)
        first.set(0, 1)
        self.assertEqual(second.snap(), 0)
        self.assertEqual(second.get(0, 0), 0)
        self.assertEqual(first.snap(), 0)
        self.assertEqual(first.get(0, 0), 1)

    def test_a_huge_array_costs_nothing_up_front(self):
        array = SnapshotArray(10**6)
        array.set(999_999, 5)
        for _ in range(1000):
            array.snap()
        self.assertEqual(array.get(999_999, 999), 5)
        self.assertEqual(array.get(0, 0), 0)
        self.assertEqual(len(array), 10**6)

    def test_random_operations_against_full_copies(self):
        rng = random.Random(1146)
        for round_ in range(100):
            length = rng.randint(1, 6)
            array, live, snapshots = SnapshotArray(length), [0] * length, []
            for step in range(60):
                roll = rng.random()
                if roll < 0.5:
                    index, value = rng.randrange(length), rng.randint(-3, 3)
                    array.set(index, value)
                    live[index] = value
                elif roll < 0.75:
                    self.assertEqual(array.snap(), len(snapshots))
                    snapshots.append(list(live))
                elif snapshots:
                    index, snap = rng.randrange(length), rng.randrange(len(snapshots))
                    got, wanted = array.get(index, snap), snapshots[snap][index]
                    if got != wanted:
                        self.fail("round %d, step %d: get(%d, %d) gave %r, expected %r"
                                  % (round_, step, index, snap, got, wanted))

    def test_50_000_snapshots_of_200_000_positions(self):
        n, snaps = 200_000, 50_000
        array = SnapshotArray(n)
        set_, snap = array.set, array.snap
        for s in range(snaps):
            set_(0, s)  # position 0 changes before every snapshot
            if s % 2 == 0:
                set_(1, -s)  # position 1 before every other one
            set_(2 + s * 7919 % (n - 2), s)  # and one other position, a different one each time
            snap()
        rng = random.Random(50)
        get = array.get
        for _ in range(50_000):
            r = rng.randrange(snaps)
            t = rng.randrange(snaps)
            wanted = (r, -(r - r % 2), t if t <= r else 0)
            got = (get(0, r), get(1, r), get(2 + t * 7919 % (n - 2), r))
            if got != wanted:
                self.fail("snapshot %d: expected %r, got %r" % (r, wanted, got))


if __name__ == "__main__":
    unittest.main()
