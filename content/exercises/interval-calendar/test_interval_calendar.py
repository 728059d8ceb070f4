import unittest

from interval_calendar import BookingCalendar


class BookingCalendarTest(unittest.TestCase):
    def test_statement_example(self):
        room = BookingCalendar()
        self.assertTrue(room.book(10, 20))
        self.assertFalse(room.book(15, 25))
        self.assertTrue(room.book(20, 30))
        self.assertTrue(room.book(5, 10))
        self.assertFalse(room.book(0, 100))
        self.assertEqual(room.bookings(), [(5, 10), (10, 20), (20, 30)])
        self.assertFalse(room.cancel(10, 19))
        self.assertTrue(room.cancel(10, 20))
        self.assertTrue(room.book(12, 18))

    def test_empty_calendar(self):
        room = BookingCalendar()
        self.assertEqual(room.bookings(), [])
        self.assertFalse(room.cancel(1, 2))

    def test_touching_bookings_do_not_overlap(self):
        room = BookingCalendar()
        self.assertTrue(room.book(10, 20))
        self.assertTrue(room.book(0, 10))
        self.assertTrue(room.book(20, 21))
        self.assertEqual(room.bookings(), [(0, 10), (10, 20), (20, 21)])

    def test_overlaps_of_every_kind_are_refused(self):
        room = BookingCalendar()
        room.book(10, 20)
        for start, end in [(5, 11), (19, 25), (12, 15), (0, 30), (10, 20), (10, 11), (19.5, 20)]:
            with self.subTest(start=start, end=end):
                self.assertFalse(room.book(start, end))
        self.assertEqual(room.bookings(), [(10, 20)])

    def test_a_gap_that_fits_exactly(self):
        room = BookingCalendar()
        room.book(0, 5)
        room.book(8, 10)
        self.assertFalse(room.book(4, 8))
        self.assertFalse(room.book(5, 9))
        self.assertTrue(room.book(5, 8))

    def test_a_refused_booking_changes_nothing(self):
        room = BookingCalendar()
        room.book(0, 10)
        room.book(3, 4)
        self.assertEqual(room.bookings(), [(0, 10)])
        self.assertFalse(room.cancel(3, 4))

    def test_empty_or_backwards_intervals_are_rejected(self):
        room = BookingCalendar()
        for start, end in [(5, 5), (7, 3)]:
            with self.subTest(start=start, end=end):
                with self.assertRaises(ValueError):
                    room.book(start, end)


if __name__ == "__main__":
    unittest.main()
