import unittest

from snapshot_array import SnapshotArray


class SnapshotArrayTest(unittest.TestCase):
    def test_statement_example(self):
        array = SnapshotArray(3)
        array.set(0, 5)
        self.assertEqual(array.snap(), 0)
        array.set(0, 6)
        array.set(2, 1)
        self.assertEqual(array.get(0, 0), 5)
        self.assertEqual(array.snap(), 1)
        self.assertEqual(array.snap(), 2)
        self.assertEqual(array.get(0, 2), 6)
        self.assertEqual(array.get(2, 1), 1)
        self.assertEqual(array.get(1, 2), 0)
        with self.assertRaises(ValueError):
            array.get(0, 3)

    def test_starts_as_zeros(self):
        array = SnapshotArray(4)
        snap = array.snap()
        self.assertEqual([array.get(i, snap) for i in range(4)], [0, 0, 0, 0])
        self.assertEqual(len(array), 4)

    def test_snapshot_ids_count_up_from_zero(self):
        array = SnapshotArray(1)
        self.assertEqual([array.snap() for _ in range(5)], [0, 1, 2, 3, 4])

    def test_the_last_set_before_a_snapshot_wins(self):
        array = SnapshotArray(2)
        array.set(1, 10)
        array.set(1, 20)
        array.set(1, 30)
        snap = array.snap()
        self.assertEqual(array.get(1, snap), 30)

    def test_later_changes_do_not_touch_old_snapshots(self):
        array = SnapshotArray(2)
        array.set(0, 1)
        first = array.snap()
        array.set(0, 2)
        second = array.snap()
        array.set(0, 3)
        third = array.snap()
        self.assertEqual([array.get(0, s) for s in [first, second, third]], [1, 2, 3])

    def test_a_value_set_exactly_at_a_snapshot_is_seen_by_it(self):
        array = SnapshotArray(1)
        array.snap()  # 0: before the change
        array.set(0, 7)
        array.snap()  # 1: after it
        self.assertEqual(array.get(0, 0), 0)
        self.assertEqual(array.get(0, 1), 7)

    def test_errors(self):
        with self.assertRaises(ValueError):
            SnapshotArray(0)
        array = SnapshotArray(3)
        for index in [3, -1]:
            with self.subTest(index=index):
                with self.assertRaises(IndexError):
                    array.set(index, 1)
        with self.assertRaises(ValueError):
            array.get(0, 0)  # no snapshot taken yet
        array.snap()
        with self.assertRaises(IndexError):
            array.get(5, 0)
        with self.assertRaises(ValueError):
            array.get(0, -1)


if __name__ == "__main__":
    unittest.main()
