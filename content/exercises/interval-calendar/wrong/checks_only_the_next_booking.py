# Finds the insertion point with bisect and checks that the next booking starts after the new one
# ends, but forgets the booking BEFORE it: a request that starts inside an earlier booking is
# accepted, and the calendar double-books the room.
import bisect


class BookingCalendar:
    def __init__(self):
        self.starts = []
        self.ends = []

    def book(self, start, end):
        if not start < end:
            raise ValueError("start must be before end")
        i = bisect.bisect_right(self.starts, start)
        if i < len(self.starts) and self.starts[i] < end:
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True

    def cancel(self, start, end):
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] == start and self.ends[i] == end:
            del self.starts[i], self.ends[i]
            return True
        return False

    def bookings(self):
        return list(zip(self.starts, self.ends))
