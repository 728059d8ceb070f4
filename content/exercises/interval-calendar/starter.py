class BookingCalendar:
    """One room's bookings: half-open intervals [start, end) that never overlap."""

    def __init__(self) -> None:
        """Start with no bookings."""
        pass

    def book(self, start: float, end: float) -> bool:
        """Record [start, end) and return True if it overlaps no booking, else return False.

        Raise ValueError if start >= end.
        """
        pass

    def cancel(self, start: float, end: float) -> bool:
        """Remove the booking [start, end) and return True, or return False if there is none."""
        pass

    def bookings(self) -> list[tuple[float, float]]:
        """Return the bookings as (start, end) tuples sorted by start."""
        pass
