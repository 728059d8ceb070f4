# Compares each request with every existing booking. Correct, and the natural first version, but
# O(n) Python steps per request: 100,000 requests against 30,000 bookings are over a billion
# comparisons.
class BookingCalendar:
    def __init__(self):
        self.booked = []

    def book(self, start, end):
        if not start < end:
            raise ValueError("start must be before end")
        for other_start, other_end in self.booked:
            if start < other_end and other_start < end:
                return False
        self.booked.append((start, end))
        return True

    def cancel(self, start, end):
        if (start, end) in self.booked:
            self.booked.remove((start, end))
            return True
        return False

    def bookings(self):
        return sorted(self.booked)
