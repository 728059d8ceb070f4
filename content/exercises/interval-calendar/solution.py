import bisect


class BookingCalendar:
    """One room's bookings: half-open intervals [start, end) that never overlap."""

    def __init__(self) -> None:
        """Start with no bookings."""
        # Bookings never overlap, so sorted by start they are also sorted by end.
        self._starts: list[float] = []
        self._ends: list[float] = []

    def book(self, start: float, end: float) -> bool:
        """Record [start, end) and return True if it overlaps no booking, else return False.

        Raise ValueError if start >= end.
        """
        if not start < end:
            raise ValueError("a booking needs start < end, got [%r, %r)" % (start, end))
        i = bisect.bisect_right(self._starts, start)  # bookings before i start at or before start
        if i > 0 and self._ends[i - 1] > start:
            return False  # the booking before runs into this one
        if i < len(self._starts) and self._starts[i] < end:
            return False  # the booking after starts before this one ends
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True

    def cancel(self, start: float, end: float) -> bool:
        """Remove the booking [start, end) and return True, or return False if there is none."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] == start and self._ends[i] == end:
            del self._starts[i]
            del self._ends[i]
            return True
        return False

    def bookings(self) -> list[tuple[float, float]]:
        """Return the bookings as (start, end) tuples sorted by start."""
        return list(zip(self._starts, self._ends))
