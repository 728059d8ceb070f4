import random
import unittest

from interval_calendar import BookingCalendar


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


class BookingCalendarHiddenTest(unittest.TestCase):
    def test_negative_and_float_times(self):
        room = BookingCalendar()
        self.assertTrue(room.book(-10, -2.5))
        self.assertTrue(room.book(-2.5, 0))
        self.assertFalse(room.book(-3, -2))
        self.assertEqual(room.bookings(), [(-10, -2.5), (-2.5, 0)])

    def test_cancel_needs_the_exact_booking(self):
        room = BookingCalendar()
        room.book(10, 20)
        room.book(30, 40)
        self.assertFalse(room.cancel(10, 25))
        self.assertFalse(room.cancel(30, 39))
        self.assertFalse(room.cancel(15, 20))
        self.assertEqual(room.bookings(), [(10, 20), (30, 40)])
        self.assertTrue(room.cancel(30, 40))
        self.assertFalse(room.cancel(30, 40))  # already gone
        self.assertEqual(room.bookings(), [(10, 20)])

    def test_bookings_returns_a_copy(self):
        room = BookingCalendar()
        room.book(1, 2)
        listing = room.bookings()
        listing.append((2, 3))
        self.assertEqual(room.bookings(), [(1, 2)])

    def test_calendars_are_independent(self):
        first, second = BookingCalendar(), BookingCalendar()
        self.assertTrue(first.book(0, 10))
        self.assertTrue(second.book(0, 10))

    def test_random_requests_against_a_simple_model(self):
        rng = random.Random(729)
        for round_ in range(100):
            room, model = BookingCalendar(), []
            for step in range(60):
                start = rng.randint(0, 40)
                end = start + rng.randint(1, 8)
                if rng.random() < 0.75:
                    expected = not any(overlaps((start, end), other) for other in model)
                    if expected:
                        model.append((start, end))
                    got = room.book(start, end)
                else:
                    expected = (start, end) in model and model.remove((start, end)) is None
                    got = room.cancel(start, end)
                if got != expected:
                    self.fail("round %d, step %d: (%d, %d) gave %r, expected %r"
                              % (round_, step, start, end, got, expected))
            self.assertEqual(room.bookings(), sorted(model))

    def test_30_000_bookings_then_100_000_requests(self):
        n = 30_000
        rng = random.Random(50)
        slots = list(range(n))
        rng.shuffle(slots)
        room = BookingCalendar()
        book = room.book
        # Bookings [10k, 10k + 5) in random order: none of them overlap.
        accepted = [book(10 * k, 10 * k + 5) for k in slots]
        self.assertTrue(all(accepted))
        # Each of these overlaps one or two bookings: across a gap, over a start, inside.
        refused = [book(10 * k + 4, 10 * k + 12) for k in slots]
        refused += [book(10 * k - 1, 10 * k + 1) for k in slots]
        refused += [book(10 * k + 2, 10 * k + 3) for k in slots]
        self.assertFalse(any(refused))
        # [10k + 5, 10k + 10) fills a gap exactly, for every tenth slot.
        filled = [book(10 * k + 5, 10 * k + 10) for k in slots[: n // 10]]
        self.assertTrue(all(filled))
        expected = sorted([(10 * k, 10 * k + 5) for k in range(n)]
                          + [(10 * k + 5, 10 * k + 10) for k in slots[: n // 10]])
        self.assertTrue(room.bookings() == expected, "the bookings are not the expected ones")

if __name__ == "__main__":
    unittest.main()
