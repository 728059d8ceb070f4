import unittest

from seating import book, empty_hall, free_seats


class SeatingTest(unittest.TestCase):
    def test_empty_hall(self):
        self.assertEqual(empty_hall(2, 3), [[".", ".", "."], [".", ".", "."]])
        self.assertEqual(free_seats(empty_hall(4, 5)), 20)

    def test_booking_takes_exactly_one_seat(self):
        after = book(empty_hall(3, 4), 0, 0)
        self.assertEqual(after, [["X", ".", ".", "."], [".", ".", ".", "."], [".", ".", ".", "."]])
        self.assertEqual(free_seats(after), 11)

    def test_booking_leaves_the_old_hall_unchanged(self):
        hall = [[".", "."], [".", "X"]]
        after = book(hall, 0, 1)
        self.assertEqual(hall, [[".", "."], [".", "X"]])
        self.assertEqual(after, [[".", "X"], [".", "X"]])

    def test_history_of_bookings(self):
        history = [empty_hall(2, 2)]
        for row, seat in [(0, 0), (1, 1), (0, 1)]:
            history.append(book(history[-1], row, seat))
        self.assertEqual([free_seats(h) for h in history], [4, 3, 2, 1])
        self.assertEqual(history[2], [["X", "."], [".", "X"]])

    def test_a_taken_seat_cannot_be_booked_again(self):
        after = book(empty_hall(2, 2), 1, 0)
        with self.assertRaises(ValueError):
            book(after, 1, 0)

    def test_seats_outside_the_hall(self):
        hall = empty_hall(2, 3)
        for row, seat in [(2, 0), (0, 3), (-1, 0), (0, -1)]:
            with self.subTest(row=row, seat=seat):
                with self.assertRaises(IndexError):
                    book(hall, row, seat)
        self.assertEqual(free_seats(hall), 6)


if __name__ == "__main__":
    unittest.main()
