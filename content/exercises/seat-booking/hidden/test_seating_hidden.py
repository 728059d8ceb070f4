import unittest

from seating import book, empty_hall, free_seats


class SeatingHiddenTest(unittest.TestCase):
    def test_rows_of_a_new_hall_are_separate_lists(self):
        hall = empty_hall(3, 2)
        self.assertEqual(len({id(row) for row in hall}), 3)

    def test_each_empty_hall_is_new(self):
        first = empty_hall(1, 1)
        second = empty_hall(1, 1)
        book(first, 0, 0)
        self.assertEqual(second, [["."]])

    def test_a_failed_booking_changes_nothing(self):
        hall = book(empty_hall(1, 2), 0, 0)
        with self.assertRaises(ValueError):
            book(hall, 0, 0)
        with self.assertRaises(IndexError):
            book(hall, 0, -2)
        self.assertEqual(hall, [["X", "."]])

    def test_one_seat_hall(self):
        hall = empty_hall(1, 1)
        full = book(hall, 0, 0)
        self.assertEqual((free_seats(hall), free_seats(full)), (1, 0))

    def test_empty_hall_with_no_rows(self):
        self.assertEqual(empty_hall(0, 5), [])
        self.assertEqual(free_seats(empty_hall(0, 5)), 0)
        with self.assertRaises(IndexError):
            book(empty_hall(0, 5), 0, 0)

    def test_rows_of_different_lengths(self):
        hall = [[".", "."], ["."]]
        with self.assertRaises(IndexError):
            book(hall, 1, 1)
        self.assertEqual(book(hall, 1, 0), [[".", "."], ["X"]])

    def test_2_000_bookings_with_undo_history(self):
        hall = empty_hall(200, 200)
        snapshots = {0: hall}
        for i in range(1, 2001):
            place = (i * 7919) % 40_000  # 7919 and 40,000 are coprime: 2,000 different seats
            hall = book(hall, place // 200, place % 200)
            if i % 250 == 0:
                snapshots[i] = hall
        self.assertEqual(free_seats(hall), 40_000 - 2000)
        for i, snapshot in snapshots.items():
            with self.subTest(bookings=i):
                self.assertEqual(free_seats(snapshot), 40_000 - i)


if __name__ == "__main__":
    unittest.main()
