from collections.abc import Iterable
from datetime import date


def business_days(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Count the weekdays d with start <= d < end that are not holidays (negative if end < start)."""
    pass
